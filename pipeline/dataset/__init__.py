"""Records -> the dataset: the ingest of many files (ingest.py), the journal (journal.py), publishing
what changed (publish.py) into Delta tables (lake.py) and minutes.db (database.py), reading it back
(loader.py), the record's rows (tables.py), progress and stats."""
