"""The functions a team vault runs on its server, owned by the database owner.

Members never touch the key table, the login map or the audit head directly: they call these
SECURITY DEFINER functions, which know who is calling from ``session_user`` (a person cannot
change it; ``SET ROLE`` changes only ``current_user``). So the server, not the desktop,
writes the name on each audit event and signs it with a key no member can read.

The audit hash is the one ``services/audit.py`` computes on the desktop: HMAC-SHA256 over
the JSON text ``[prev_hash, at, username, action, object_type, object_id, details]`` as
Python's ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` writes it, ``at``
as ``datetime.isoformat()`` does. A desktop vault's chain therefore moves to a server
verbatim and still verifies there, and a server's chain verifies with the same walk.
"""

from __future__ import annotations

from contactweb.team.role_names import group_role, owner_group
from contactweb.vault.permissions import ROLES

GENESIS = "0" * 64
TEMPORARY_DAYS = 7
# Keys members' desktops may ask for: they make keyed hashes of identifiers (re-import of an
# erased person, mailbox opt-outs) that every desktop must compute the same way. The audit
# key is not among them and never leaves the server.
SHARED_KEY_PURPOSES = ("erasure", "mailbox-statements")

# Every function above, as REVOKE and GRANT name them (PUBLIC may execute a new function).
FUNCTIONS = (
    "cw_me()", "cw_my_username()", "cw_is_admin()",
    "cw_has_role(text)", "cw_my_role()",
    "cw_require_admin()", "cw_subkey(text)", "cw_temporary_until(boolean)", "cw_check_login(text)", "cw_check_verifier(text)",
    "cw_person_add(text, text, text, text, text, boolean)", "cw_login_of(integer)",
    "cw_person_set_role(integer, text)", "cw_person_disable(integer)",
    "cw_person_reset(integer, text)", "cw_change_own_password(text)", "cw_iso(timestamp)",
    "cw_audit_digest(bytea, text, timestamp, text, text, text, text, text)",
    "cw_audit_append(text, text, text[], text[])", "cw_audit_verify()", "cw_request_scrub()",
    "cw_guard_opt_out()", "cw_guard_legal_hold()", "cw_sequence_past_rows(text)",
)
_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"
# Functions older versions made, dropped by an upgrade (after the policies that used them):
# cw_contact_exists told any member whether a contact id existed, private ones included.
RETIRED_FUNCTIONS = ("DROP FUNCTION IF EXISTS cw_contact_exists(bigint)",)


def function_statements(namespace: str) -> list[str]:
    admin, staff = group_role(namespace, "admin"), group_role(namespace, "staff")
    member = owner_group(namespace)
    roles = ", ".join(f"'{r}'" for r in ROLES)
    shared = ", ".join(f"'{p}'" for p in SHARED_KEY_PURPOSES)
    return [
        # --- who is calling ----------------------------------------------------------------
        f"""CREATE OR REPLACE FUNCTION cw_me() RETURNS integer LANGUAGE sql STABLE {_DEFINER} AS $$
            SELECT user_id FROM team_logins WHERE login_role = session_user $$""",
        f"""CREATE OR REPLACE FUNCTION cw_my_username()
                RETURNS text LANGUAGE sql STABLE {_DEFINER} AS $$
            SELECT u.username FROM team_logins l JOIN users u ON u.id = l.user_id
            WHERE l.login_role = session_user $$""",
        f"""CREATE OR REPLACE FUNCTION cw_is_admin()
                RETURNS boolean LANGUAGE sql STABLE {_DEFINER} AS $$
            SELECT pg_has_role(session_user, '{admin}', 'MEMBER') $$""",
        f"""CREATE OR REPLACE FUNCTION cw_has_role(p_role text) RETURNS boolean LANGUAGE sql STABLE
            {_DEFINER} AS $$
            SELECT pg_has_role(session_user, '{namespace}_' || p_role, 'MEMBER') $$""",
        f"""CREATE OR REPLACE FUNCTION cw_my_role()
                RETURNS text LANGUAGE sql STABLE {_DEFINER} AS $$
            SELECT r FROM unnest(ARRAY[{roles}]) AS r
            WHERE pg_has_role(session_user, '{namespace}_' || r, 'MEMBER')
            ORDER BY array_position(ARRAY[{roles}], r) LIMIT 1 $$""",
        f"""CREATE OR REPLACE FUNCTION cw_require_admin() RETURNS void LANGUAGE plpgsql STABLE
            {_DEFINER} AS $$
            BEGIN
              IF NOT cw_is_admin() THEN
                RAISE EXCEPTION 'only an administrator of this team vault may do this'
                  USING ERRCODE = '42501';
              END IF;
            END $$""",
        # --- keys ------------------------------------------------------------------------
        f"""CREATE OR REPLACE FUNCTION cw_subkey(p_purpose text)
                RETURNS bytea LANGUAGE plpgsql STABLE
            {_DEFINER} AS $$
            BEGIN
              IF p_purpose NOT IN ({shared}) OR cw_me() IS NULL THEN
                RAISE EXCEPTION 'the key for % stays on the server', p_purpose
                  USING ERRCODE = '42501';
              END IF;
              RETURN (SELECT key FROM team_keys WHERE purpose = p_purpose);
            END $$""",
        # --- people ----------------------------------------------------------------------
        f"""CREATE OR REPLACE FUNCTION cw_check_login(p_login text) RETURNS void LANGUAGE plpgsql
            IMMUTABLE AS $$
            BEGIN
              IF left(p_login, {len(namespace) + 1}) <> '{namespace}.' THEN
                RAISE EXCEPTION 'login role % is not of this team vault', p_login
                  USING ERRCODE = '42501';
              END IF;
            END $$""",
        """CREATE OR REPLACE FUNCTION cw_check_verifier(p_verifier text)
               RETURNS void LANGUAGE plpgsql
            IMMUTABLE AS $$
            BEGIN
              IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                RAISE EXCEPTION 'a password reaches the server only as a SCRAM verifier'
                  USING ERRCODE = '22023';
              END IF;
            END $$""",
        # A temporary password (an admin's add or reset) logs in for a week only, so one
        # never used cannot open the vault from psql long after; choosing one's own password
        # lifts the limit.
        f"""CREATE OR REPLACE FUNCTION cw_temporary_until(p_temporary boolean)
                RETURNS text LANGUAGE sql STABLE AS $$
            SELECT CASE WHEN p_temporary
                        THEN to_char(now() + interval '{TEMPORARY_DAYS} days',
                                     'YYYY-MM-DD HH24:MI:SSOF')
                        ELSE 'infinity' END $$""",
        f"""CREATE OR REPLACE FUNCTION cw_person_add(p_username text, p_display text, p_role text,
                                         p_login text, p_verifier text, p_must_change boolean)
            RETURNS integer LANGUAGE plpgsql {_DEFINER} AS $$
            DECLARE new_id integer;
            BEGIN
              PERFORM cw_require_admin();
              PERFORM cw_check_login(p_login);
              PERFORM cw_check_verifier(p_verifier);
              IF p_role NOT IN ({roles}) THEN
                RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';
              END IF;
              EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L VALID UNTIL %L IN ROLE %I',
                             p_login, p_verifier, cw_temporary_until(p_must_change),
                             '{namespace}_' || p_role);
              INSERT INTO users (username, display_name, role, disabled, must_change_password,
                                 created_at)
              VALUES (p_username, p_display, p_role, false, p_must_change,
                      clock_timestamp() AT TIME ZONE 'UTC')
              RETURNING id INTO new_id;
              INSERT INTO team_logins (login_role, user_id) VALUES (p_login, new_id);
              RETURN new_id;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION cw_login_of(p_user_id integer) RETURNS text LANGUAGE plpgsql
            STABLE {_DEFINER} AS $$
            DECLARE found text;
            BEGIN
              SELECT login_role INTO found FROM team_logins WHERE user_id = p_user_id;
              IF found IS NULL THEN
                RAISE EXCEPTION 'user % has no login role', p_user_id USING ERRCODE = '42704';
              END IF;
              RETURN found;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION cw_person_set_role(p_user_id integer, p_role text)
            RETURNS void LANGUAGE plpgsql {_DEFINER} AS $$
            DECLARE login text := cw_login_of(p_user_id); r text;
            BEGIN
              PERFORM cw_require_admin();
              IF p_role NOT IN ({roles}) THEN
                RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';
              END IF;
              FOREACH r IN ARRAY ARRAY[{roles}] LOOP
                EXECUTE format('REVOKE %I FROM %I', '{namespace}_' || r, login);
              END LOOP;
              EXECUTE format('GRANT %I TO %I', '{namespace}_' || p_role, login);
              UPDATE users SET role = p_role WHERE id = p_user_id;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION cw_person_disable(p_user_id integer) RETURNS void
            LANGUAGE plpgsql {_DEFINER} AS $$
            BEGIN
              PERFORM cw_require_admin();
              EXECUTE format('ALTER ROLE %I NOLOGIN', cw_login_of(p_user_id));
              UPDATE users SET disabled = true WHERE id = p_user_id;
              -- Their open connections end now, where the owner may signal them (granted
              -- pg_signal_backend at setup); elsewhere they end when closed.
              BEGIN
                PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE usename = cw_login_of(p_user_id);
              EXCEPTION WHEN insufficient_privilege THEN
                NULL;
              END;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION cw_person_reset(p_user_id integer, p_verifier text)
                RETURNS void
            LANGUAGE plpgsql {_DEFINER} AS $$
            BEGIN
              PERFORM cw_require_admin();
              PERFORM cw_check_verifier(p_verifier);
              EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L VALID UNTIL %L',
                             cw_login_of(p_user_id), p_verifier, cw_temporary_until(true));
              UPDATE users SET disabled = false, must_change_password = true
              WHERE id = p_user_id;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION cw_change_own_password(p_verifier text) RETURNS void
            LANGUAGE plpgsql {_DEFINER} AS $$
            BEGIN
              PERFORM cw_check_verifier(p_verifier);
              IF cw_me() IS NULL THEN
                RAISE EXCEPTION 'not a person of this team vault' USING ERRCODE = '42501';
              END IF;
              EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', session_user,
                             p_verifier, 'infinity');
              UPDATE users SET must_change_password = false WHERE id = cw_me();
            END $$""",
        # --- consent -------------------------------------------------------------------------
        # Runs as the person writing; the owner (a move, a restore) is no member and passes.
        f"""CREATE OR REPLACE FUNCTION cw_guard_opt_out() RETURNS trigger LANGUAGE plpgsql
            SET search_path = public, pg_temp AS $$
            BEGIN
              IF OLD.status <> 'opted_out'
                 OR (TG_OP = 'UPDATE' AND NEW.status = 'opted_out')
                 OR NOT pg_has_role(session_user, '{member}', 'MEMBER')
                 OR cw_has_role('manager') THEN
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
              END IF;
              -- The row was visible to the person deleting it, so its contact was too: not
              -- finding it now (row policies applying) means the contact itself went (a
              -- merge, an erasure), not that it is someone else's private one.
              IF TG_TABLE_NAME = 'consent_state' AND TG_OP = 'DELETE' THEN
                IF NOT EXISTS (SELECT 1 FROM contacts WHERE id = OLD.contact_id) THEN
                  RETURN OLD;
                END IF;
              END IF;
              RAISE EXCEPTION 'only a manager or an administrator may reverse an opt-out'
                USING ERRCODE = '42501';
            END $$""",
        # A legal hold is placed and released by an administrator only, and a held contact
        # is not deleted (merged away, erased, purged) by anyone but the owner.
        f"""CREATE OR REPLACE FUNCTION cw_guard_legal_hold() RETURNS trigger LANGUAGE plpgsql
            SET search_path = public, pg_temp AS $$
            BEGIN
              IF NOT pg_has_role(session_user, '{member}', 'MEMBER') THEN
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
              END IF;
              IF TG_OP = 'DELETE' THEN
                IF OLD.legal_hold THEN
                  RAISE EXCEPTION 'contact % is under a legal hold', OLD.id
                    USING ERRCODE = '42501';
                END IF;
                RETURN OLD;
              END IF;
              IF TG_OP = 'INSERT' THEN
                IF NEW.legal_hold AND NOT cw_is_admin() THEN
                  RAISE EXCEPTION 'only an administrator places a legal hold'
                    USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
              END IF;
              IF (NEW.legal_hold IS DISTINCT FROM OLD.legal_hold
                  OR NEW.legal_hold_reason IS DISTINCT FROM OLD.legal_hold_reason)
                 AND NOT cw_is_admin() THEN
                RAISE EXCEPTION 'only an administrator places or releases a legal hold'
                  USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$""",
        # --- ids -----------------------------------------------------------------------------
        # A bulk insert (an import) chooses its contacts' ids itself, past the table's
        # sequence, then must move the sequence past them. Members may not set a sequence
        # (that could move it back, and an id would be given twice): this moves it up to the
        # rows the table holds, never back, for a table of the vault the caller may add rows
        # to, and takes no number from the caller. nextval first reserves the current value,
        # so a value another session took meanwhile is not given again (contacts are also
        # locked against other writers for the whole import).
        f"""CREATE OR REPLACE FUNCTION cw_sequence_past_rows(p_table text) RETURNS void
            LANGUAGE plpgsql {_DEFINER} AS $$
            DECLARE seq text; top bigint; reserved bigint;
            BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public'
                             AND tablename = p_table AND tableowner = current_user)
                 OR NOT has_table_privilege(session_user, format('public.%I', p_table),
                                            'INSERT') THEN
                RAISE EXCEPTION 'only a person who may add rows to % moves its ids on',
                  p_table USING ERRCODE = '42501';
              END IF;
              seq := pg_get_serial_sequence(format('public.%I', p_table), 'id');
              IF seq IS NULL THEN
                RETURN;
              END IF;
              EXECUTE format('SELECT max(id) FROM public.%I', p_table) INTO top;
              reserved := nextval(seq);
              IF top > reserved THEN
                PERFORM setval(seq, top);
              END IF;
            END $$""",
        # --- erasure ---------------------------------------------------------------------
        f"""CREATE OR REPLACE FUNCTION cw_request_scrub() RETURNS void LANGUAGE sql
            {_DEFINER} AS $$
            INSERT INTO team_scrub (requested_at) VALUES (clock_timestamp())
            ON CONFLICT (singleton) DO UPDATE SET requested_at = excluded.requested_at $$""",
        # --- the audit chain ---------------------------------------------------------------
        """CREATE OR REPLACE FUNCTION cw_iso(p_at timestamp)
               RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT to_char(p_at, 'YYYY-MM-DD"T"HH24:MI:SS')
                   || CASE WHEN date_part('microseconds', p_at)::bigint % 1000000 <> 0
                           THEN to_char(p_at, '.US') ELSE '' END $$""",
        """CREATE OR REPLACE FUNCTION cw_audit_digest(p_key bytea, p_prev text, p_at timestamp,
                                           p_username text, p_action text, p_type text,
                                           p_object text, p_details text)
            RETURNS text LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
            SELECT encode(hmac(convert_to(
                '[' || to_json(p_prev)::text || ',' || to_json(cw_iso(p_at))::text || ','
                    || to_json(p_username)::text || ',' || to_json(p_action)::text || ','
                    || to_json(p_type)::text || ',' || to_json(p_object)::text || ','
                    || to_json(p_details)::text || ']', 'UTF8'), p_key, 'sha256'), 'hex') $$""",
        # The head row is locked until the appending transaction ends: a second writer waits,
        # then continues from the hash the first one committed (or from the old head if the
        # first rolled back), so concurrent desktops never fork the chain.
        f"""CREATE OR REPLACE FUNCTION cw_audit_append(p_action text, p_type text, p_objects text[],
                                           p_details text[]) RETURNS SETOF integer
            LANGUAGE plpgsql {_DEFINER} AS $$
            DECLARE prev text; k bytea; who text := cw_my_username(); at timestamp;
                    h text; new_id integer; i integer;
            BEGIN
              IF who IS NULL THEN
                RAISE EXCEPTION 'not a person of this team vault' USING ERRCODE = '42501';
              END IF;
              IF coalesce(array_length(p_objects, 1), 0)
                 <> coalesce(array_length(p_details, 1), 0) THEN
                RAISE EXCEPTION 'one details text per object' USING ERRCODE = '22023';
              END IF;
              SELECT last_hash INTO prev FROM audit_head WHERE singleton FOR UPDATE;
              SELECT key INTO k FROM team_keys WHERE purpose = 'audit';
              at := clock_timestamp() AT TIME ZONE 'UTC';
              FOR i IN 1 .. coalesce(array_length(p_objects, 1), 0) LOOP
                h := cw_audit_digest(k, prev, at, who, p_action, p_type, p_objects[i],
                                     p_details[i]);
                INSERT INTO audit_events (at, username, action, object_type, object_id,
                                          details, prev_hash, hash)
                VALUES (at, who, p_action, p_type, p_objects[i], p_details[i], prev, h)
                RETURNING id INTO new_id;
                prev := h;
                RETURN NEXT new_id;
              END LOOP;
              UPDATE audit_head SET last_hash = prev WHERE singleton;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION cw_audit_verify() RETURNS TABLE (ok boolean, checked bigint,
                                                             first_bad_id integer,
                                                             reason text)
            LANGUAGE plpgsql {_DEFINER} AS $$
            DECLARE prev text := '{GENESIS}'; k bytea; e record; n bigint := 0;
                    head text;
            BEGIN
              PERFORM cw_require_admin();
              SELECT key INTO k FROM team_keys WHERE purpose = 'audit';
              FOR e IN SELECT * FROM audit_events ORDER BY id LOOP
                n := n + 1;
                IF e.prev_hash <> prev THEN
                  RETURN QUERY SELECT false, n, e.id, format('event %s does not follow the '
                    'event before it (an event was removed or inserted)', e.id);
                  RETURN;
                END IF;
                IF cw_audit_digest(k, e.prev_hash, e.at, e.username, e.action,
                                   e.object_type, e.object_id, e.details) <> e.hash THEN
                  RETURN QUERY SELECT false, n, e.id,
                    format('event %s was altered after it was written', e.id);
                  RETURN;
                END IF;
                prev := e.hash;
              END LOOP;
              SELECT last_hash INTO head FROM audit_head WHERE singleton;
              IF head IS DISTINCT FROM prev THEN
                RETURN QUERY SELECT false, n, NULL::integer,
                  'the newest events were removed (the chain ends before its recorded head)'::text;
                RETURN;
              END IF;
              RETURN QUERY SELECT true, n, NULL::integer, ''::text;
            END $$""",
        # --- who may call what ----------------------------------------------------------------
        *(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC" for signature in FUNCTIONS),
        f"GRANT EXECUTE ON FUNCTION cw_me(), cw_my_username(), cw_is_admin(), "
        f"cw_request_scrub(), "
        f"cw_has_role(text), cw_my_role(), cw_subkey(text), cw_change_own_password(text), "
        f"cw_audit_append(text, text, text[], text[]) TO {member}",
        f"GRANT EXECUTE ON FUNCTION cw_audit_verify(), "
        f"cw_person_add(text, text, text, text, text, boolean), "
        f"cw_person_set_role(integer, text), cw_person_disable(integer), "
        f"cw_person_reset(integer, text) TO {admin}",
        f'GRANT EXECUTE ON FUNCTION cw_sequence_past_rows(text) TO "{staff}"',
    ]
