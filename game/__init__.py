"""Thaw: Khrushchev's years, 1953-1964, as a strategy game whose rules come from the documents."""

__version__ = "0.1.0"
