"""A document's identity is its content: doc_id = sha256 of the file's bytes."""
import hashlib


def file_sha256(path) -> str:
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()
