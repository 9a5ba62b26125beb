"""Liseuse's core: reading, extraction and the store. Pure Python: no Qt in here."""

__version__ = "0.1.0"

# Bump when a rule changes what is extracted: stored documents are then extracted again.
EXTRACTOR_VERSION = "33"
