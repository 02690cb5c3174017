"""A file -> pages of text with their origins. `read_pages` (files.py) is the one entry point."""
