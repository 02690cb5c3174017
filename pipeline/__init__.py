"""From a file to the dataset, in four rooms that each stand on the one below:

    read/     a file -> pages of text, each with its origin (text layer, OCR, Bijoy, DOCX)
    parse/    pages -> one record (normalise the text, then the extractors/ read the fields)
    dataset/  records -> journal, Delta tables and SQLite published incrementally, stats
    front/    what a person or a batch job calls: the CLI, evaluation, summaries

docs/architecture.md walks one document through them.
"""
