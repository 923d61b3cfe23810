"""Contact search on PostgreSQL: the counterpart of the FTS5 index in ``fts.py``, with the same
rows and counts for the same match query.

FTS5 (``unicode61 remove_diacritics 2``) splits each column into tokens (runs of letters and
digits), folds case and strips diacritics from Latin letters; a query is a list of quoted
phrases, each a run of tokens whose last one is a prefix, and a contact matches when every
phrase occurs inside one of its columns. Here each contact has one ``contact_search`` row whose
``document`` holds its six columns (names, company and title, emails, phones with their
national digits, notes, tags) as normalised tokens: `` tok tok `` per column, columns
separated by a newline. Letters, digits and case follow ICU (the ``und-x-icu`` collation), not the database's own
locale: a database created with the C locale would take every non-ASCII letter for a
separator. A phrase is then the pattern ``% tok tok%`` (the space before the
first token anchors it at a token's start; the last token may continue), which
``pg_trgm``'s GIN index answers for prefixes and fragments alike. Triggers keep the row
current, as FTS5's do.

``contactweb_search_match(query)`` takes the match query ``fts.build_match_query`` makes, so
the services pass the same value to either dialect.

A bulk insert pauses the insert triggers for its own transaction only (``SET LOCAL
contactweb.search_paused``: other desktops' edits are still indexed, and no table owner's
rights are needed) and then indexes its new and changed contacts in one statement each.
"""

from __future__ import annotations

TOKENS = r"""
CREATE FUNCTION contactweb_search_tokens(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(found.token[1], ' ' ORDER BY found.n), '')
  FROM regexp_matches(
         lower(normalize(regexp_replace(normalize(coalesce(value, ''), NFD),
                                        '([A-Za-z])[\u0300-\u036f]+', '\1', 'g'), NFC)
               COLLATE "und-x-icu"),
         '([[:alnum:]]+)', 'g') WITH ORDINALITY AS found(token, n)
$$"""

DOCUMENT = r"""
CREATE FUNCTION contactweb_search_document(cid bigint) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT E'\n ' || contactweb_search_tokens(
             trim(c.prefix || ' ' || c.first_name || ' ' || c.middle_name || ' '
                  || c.last_name || ' ' || c.suffix))
         || E' \n ' || contactweb_search_tokens(c.company || ' ' || c.title)
         || E' \n ' || contactweb_search_tokens(
             (SELECT string_agg(e.address, ' ' ORDER BY e.id) FROM contact_emails e
              WHERE e.contact_id = c.id))
         || E' \n ' || contactweb_search_tokens(
             (SELECT string_agg(p.number || ' ' || p.national_digits, ' ' ORDER BY p.id)
              FROM contact_phones p WHERE p.contact_id = c.id))
         || E' \n ' || contactweb_search_tokens(c.notes)
         || E' \n ' || contactweb_search_tokens(
             (SELECT string_agg(t.name, ' ' ORDER BY ct.tag_id) FROM contact_tags ct
              JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id))
         || E' \n'
  FROM contacts c WHERE c.id = cid
$$"""

REFRESH = """
CREATE FUNCTION contactweb_search_refresh(cid bigint) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM contact_search WHERE contact_id = cid;
  INSERT INTO contact_search (contact_id, document)
  SELECT cid, d.document FROM (SELECT contactweb_search_document(cid) AS document) d
  WHERE d.document IS NOT NULL;
$$"""

CONTACT_TRIGGER = """
CREATE FUNCTION contactweb_search_on_contact() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM contact_search WHERE contact_id = OLD.id;
  ELSIF TG_OP = 'INSERT' AND current_setting('contactweb.search_paused', true) = 'on' THEN
    NULL;  -- a bulk insert indexes its contacts itself when it resumes
  ELSE
    PERFORM contactweb_search_refresh(NEW.id);
  END IF;
  RETURN NULL;
END $$"""

CHILD_TRIGGER = """
CREATE FUNCTION contactweb_search_on_child() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND current_setting('contactweb.search_paused', true) = 'on' THEN
    RETURN NULL;  -- a bulk insert indexes its contacts itself when it resumes
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM contactweb_search_refresh(OLD.contact_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.contact_id <> OLD.contact_id)
  THEN
    PERFORM contactweb_search_refresh(NEW.contact_id);
  END IF;
  RETURN NULL;
END $$"""

# The phrases of a match query ("tok tok"* "tok"*, quotes doubled inside), each one LIKE
# pattern; a phrase with no token matches nothing, as in FTS5.
MATCH = r"""
CREATE FUNCTION contactweb_search_match(query text) RETURNS SETOF bigint
LANGUAGE plpgsql STABLE AS $$
DECLARE
  conditions text := '';
  phrase text;
  tokens text;
BEGIN
  FOR phrase IN
    SELECT replace(found.m[1], '""', '"')
    FROM regexp_matches(coalesce(query, ''), '"((?:[^"]|"")*)"\*', 'g') AS found(m)
  LOOP
    tokens := contactweb_search_tokens(phrase);
    IF tokens = '' THEN
      RETURN;
    END IF;
    conditions := conditions || ' AND document LIKE ' || quote_literal('% ' || tokens || '%');
  END LOOP;
  IF conditions = '' THEN
    RETURN;
  END IF;
  RETURN QUERY EXECUTE
    'SELECT contact_id FROM contact_search WHERE true' || conditions || ' ORDER BY contact_id';
END $$"""

_CHILD_TABLES = ("contact_emails", "contact_phones", "contact_tags")


def create_statements() -> list[str]:
    """DDL for the search table, its functions and triggers (the first migration's, on
    PostgreSQL). Existing contacts are indexed too, for a schema created over data."""
    statements = [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE TABLE contact_search (contact_id BIGINT PRIMARY KEY, document TEXT NOT NULL)",
        "CREATE INDEX ix_contact_search_document ON contact_search "
        "USING gin (document gin_trgm_ops)",
        TOKENS, DOCUMENT, REFRESH, CONTACT_TRIGGER, CHILD_TRIGGER, MATCH,
        "CREATE TRIGGER contacts_search AFTER INSERT OR UPDATE OR DELETE ON contacts "
        "FOR EACH ROW EXECUTE FUNCTION contactweb_search_on_contact()",
    ]
    statements += [f"CREATE TRIGGER {table}_search AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION contactweb_search_on_child()"
                   for table in _CHILD_TABLES]
    statements.append("SELECT contactweb_search_refresh(id) FROM contacts")
    return statements


def drop_statements() -> list[str]:
    triggers = [f"DROP TRIGGER IF EXISTS {table}_search ON {table}" for table in _CHILD_TABLES]
    functions = ["contactweb_search_match(text)", "contactweb_search_on_child()",
                 "contactweb_search_on_contact()", "contactweb_search_refresh(bigint)",
                 "contactweb_search_document(bigint)", "contactweb_search_tokens(text)"]
    return ([*triggers, "DROP TRIGGER IF EXISTS contacts_search ON contacts",
             "DROP TABLE IF EXISTS contact_search"]
            + [f"DROP FUNCTION IF EXISTS {f}" for f in functions])


PAUSE = "SET LOCAL contactweb.search_paused = 'on'"
RESUME = "SET LOCAL contactweb.search_paused = 'off'"

# contactweb_search_document's own query for every contact of a batch in one statement,
# instead of one function call (and its three child lookups, planned anew) per contact:
# indexing 100,000 contacts one refresh at a time took most of an import. Taken from the
# function's text, so the two cannot drift apart. The child tables stay correlated
# subqueries (an index lookup each): the rows a bulk insert just wrote have no planner
# statistics yet, and a join planned for a few rows rescans an aggregate per contact.
_DOCUMENT_QUERY, _BY_ID = DOCUMENT.split("$$")[1].strip(), "WHERE c.id = cid"
assert _DOCUMENT_QUERY.startswith("SELECT ") and _DOCUMENT_QUERY.endswith(_BY_ID)


def _batch_statements(condition: str) -> tuple[str, str]:
    """contactweb_search_refresh for every contact ``condition`` selects (``{column}``
    standing for the contact id column), as two set-based statements."""
    documents = ("SELECT c.id, " + _DOCUMENT_QUERY[len("SELECT "):-len(_BY_ID)]
                 + "WHERE " + condition.format(column="c.id"))
    return (f"DELETE FROM contact_search WHERE {condition.format(column='contact_id')}",
            f"INSERT INTO contact_search (contact_id, document) {documents}")


# Run in this order, while the bulk insert's own transaction is still open.
REINDEX_RANGE = _batch_statements("{column} BETWEEN :first AND :last")
REINDEX_IDS = _batch_statements("{column} = ANY(CAST(:ids AS bigint[]))")
