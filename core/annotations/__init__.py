"""User highlights: storing, finding again, searching, exporting and importing them.

The calls the window and the command line use (all take an open ``Store``; every change is
committed when the call returns):

- ``service``: ``create(store, document_id, start, end, color=, note=, tags=)``,
  ``find_quote(text, quote, occurrence)``, ``get``, ``update(id, color=, note=, tags=)``,
  ``revert(previous)``, ``delete(id) -> Annotation`` / ``restore(annotation)``,
  ``delete_many`` / ``restore_many``, ``list_annotations(document_id, colors=, tags=)`` (reading
  order, unanchored last), ``list_unanchored``, ``list_orphans``, ``list_tags(prefix)``.
- ``search.search(store, query, document_id=, colors=, tags=)``: quote, note and tags, accents
  ignored, any string safe.
- ``reanchor.after_open(store, document_id)``: call once a document is open; highlights of an
  earlier version of the same source are carried over (``ReanchorReport``).
- ``colors.COLORS``: the eight names and their hex codes. ``offsets.Utf16Map``: code points ↔
  Qt's UTF-16 positions.
- ``exporting`` (md, json, csv, html), ``importing.import_file``, ``atomic.write_atomic``,
  ``atomic.safe_filename`` / ``atomic.inside`` for file names made from titles.
"""
