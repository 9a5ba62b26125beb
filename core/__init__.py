"""Liseuse's core: reading, extraction and the store. Pure Python: no Qt in here."""

__version__ = "0.1.0"
