"""What a person or a batch job calls: the `minutes` command, evaluation against expected records,
one-line summaries."""
