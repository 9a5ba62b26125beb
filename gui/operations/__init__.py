"""Between the window's slots and the core: one runner on the one worker thread that owns the
``Library`` (``runner``), and the operations the slots call, each a short function of the
library — reading an article (``reading``), the reader's highlights (``highlights``) and
corrections (``corrections``), one undo history for both (``undo``), and the language model's
process (``model``). ``changes`` is what a committed write announces to the panels."""
