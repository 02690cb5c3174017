"""Records -> the dataset: the ingest of many files (ingest.py), the journal and published versions
(publish.py), the record's rows (tables.py), progress and stats."""
