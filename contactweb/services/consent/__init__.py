"""Consent per contact and channel, and the statements that bind a mailbox beyond one contact."""
