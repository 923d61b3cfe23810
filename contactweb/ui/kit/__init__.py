"""What every view shares: the operation runner, the Changes adapter and the session
lifecycle."""
