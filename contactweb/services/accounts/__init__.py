"""Who may sign in: users and roles, signing in and out, and the drafts kept for a user across an automatic sign-out."""
