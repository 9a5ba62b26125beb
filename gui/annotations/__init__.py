"""The window's half of user highlights: panel, undo, article overlay, exports, store safety."""
