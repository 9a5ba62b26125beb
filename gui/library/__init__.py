"""The library: many articles, the people across them, and the story they tell."""
