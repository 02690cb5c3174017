"""Pages -> one record: normalise each page's text, join the pages, run the extractors (document.py)."""
