"""Reading: turning what the user typed into one statement SQLite can run."""
