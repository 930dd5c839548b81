"""The brain: where the data really lives (SQLite storage, the sample company, CSV files)."""
