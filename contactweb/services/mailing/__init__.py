"""Mailings with enforced unsubscribe: email over SMTP, letters and labels.

Importing this package loads nothing heavy: the delivery agent (a separate small process)
imports only the standard library.
"""
