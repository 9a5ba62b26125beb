"""User highlights: storing, finding again, searching, exporting and importing them."""
