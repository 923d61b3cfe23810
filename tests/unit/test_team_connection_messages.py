"""What libpq says when a team server cannot be used, as the sentence a person reads. The
messages are libpq's and PostgreSQL's own words (the integration tests meet the first ones
from a real server; a server without TLS or with a host-only pg_hba.conf is not started
here)."""

from __future__ import annotations

import pytest

from contactweb.errors import AuthenticationFailed
from contactweb.team.connect import TeamServerUnavailable, explain
from contactweb.team.profile import TeamProfile

PROFILE = TeamProfile(name="office", host="crm.office.example", port=5432, database="office",
                      namespace="cw_office", ca_file="/tmp/office-ca.pem")


@pytest.mark.parametrize(("libpq_says", "kind", "sentence"), [
    ('connection to server at "crm.office.example" (192.0.2.10), port 5432 failed: FATAL:  '
     'password authentication failed for user "cw_office.kim"', AuthenticationFailed,
     "Wrong username or password."),
    ('connection to server at "crm.office.example" (192.0.2.10), port 5432 failed: FATAL:  '
     'role "cw_office.kim" is not permitted to log in', AuthenticationFailed,
     "This account is disabled"),
    ('connection to server at "crm.office.example" (192.0.2.10), port 5432 failed: server '
     'does not support SSL, but SSL was required', TeamServerUnavailable,
     "did not offer an encrypted connection"),
    ('connection to server at "crm.office.example" (192.0.2.10), port 5432 failed: FATAL:  '
     'no pg_hba.conf entry for host "192.0.2.20", user "cw_office.kim", database "office", '
     'no encryption', TeamServerUnavailable, "accepts only encrypted connections"),
    ('connection to server at "crm.office.example" (192.0.2.10), port 5432 failed: FATAL:  '
     'no pg_hba.conf entry for host "192.0.2.20", user "cw_office.kim", database "office", '
     'SSL encryption', TeamServerUnavailable, "does not let this computer in"),
    ('connection to server at "crm.office.example" (192.0.2.10), port 5432 failed: SSL error: '
     'certificate verify failed', TeamServerUnavailable, "is not trusted"),
    ('connection to server at "crm.office.example" (192.0.2.10), port 5432 failed: server '
     'certificate for "db.example.net" does not match host name "crm.office.example"',
     TeamServerUnavailable, "is not trusted"),
    ('connection to server at "crm.office.example" (192.0.2.10), port 5432 failed: Connection '
     'refused\n\tIs the server running on that host and accepting TCP/IP connections?',
     TeamServerUnavailable, "does not answer"),
    ('could not translate host name "crm.office.example" to address: Name or service not known',
     TeamServerUnavailable, "does not answer"),
])
def test_each_failure_reads_as_what_to_do(libpq_says: str, kind: type,
                                          sentence: str) -> None:
    error = explain(Exception(libpq_says), PROFILE)
    assert isinstance(error, kind)
    assert sentence in str(error)
