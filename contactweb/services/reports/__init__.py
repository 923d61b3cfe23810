"""PDF reports: plain input records in, PDF bytes (or a file) out."""
