"""Reading: an article's bytes in, its decoded, cleaned text with its regions out (no NLP)."""
