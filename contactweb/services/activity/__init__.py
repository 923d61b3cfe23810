"""Communications, sales and reminders: the day-to-day record of work with contacts."""
