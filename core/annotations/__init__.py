"""User highlights as plain data: placing them again on a changed text (``anchoring``), their
eight named colours (``colors``), and their exports (``exporting``: Markdown, W3C Web
Annotation JSON-LD, CSV, HTML). Storing, searching, carrying over and importing them is the
store's work (``core.store.annotations``, ``search``, ``reanchor``, ``importing``), reached
through ``core.library.Library.highlights``."""
