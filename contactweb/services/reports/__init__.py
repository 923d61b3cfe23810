"""Making PDF reports from the vault: the queries that fill the records, the audit."""
