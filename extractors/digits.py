"""Bengali and ASCII digits."""
DIGIT = "[0-9০-৯]"  # a regex class matching either digit set

_TO_ASCII = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def to_ascii_digits(text: str) -> str:
    return text.translate(_TO_ASCII)


def to_int(text: str) -> int:
    return int(to_ascii_digits(text))
