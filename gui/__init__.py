"""Liseuse's Qt window. Only this package imports PySide6."""
