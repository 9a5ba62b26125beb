"""The reader's corrections of the extractor: kept as a layer over its output (stored by
``core.store.corrections``, reached through ``Library.corrections``) and applied again after
every read (``apply``), so they survive a new extractor version, an edited article or a
re-extraction."""
