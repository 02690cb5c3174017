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


class NotADataset(MinutesError, FileNotFoundError):
    """A folder given as a dataset holds none (or one that cannot be read)."""
    exit_code = 1


class Unreachable(MinutesError):
    """A service the run needs does not answer (a Dask scheduler)."""
    exit_code = 4


INTERNAL_ERROR_EXIT = 5  # a bug: one line on stderr, never a traceback
