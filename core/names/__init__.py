"""Names: spaCy's NER and its repair into entities, with their ages and roles."""
