"""Failure classes, each with its own exit code (as OCRmyPDF does)."""


class MinutesError(Exception):
    exit_code = 1

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class InputError(MinutesError):
    """The file cannot be read as minutes (corrupt, encrypted, empty, unsupported)."""
    exit_code = 1


class EnvironmentMissing(MinutesError):
    """Something the machine lacks (Tesseract, the Bengali model, pdftotext)."""
    exit_code = 3
