# Replaces the community hook for spaCy: same collection, without spacy.tests (pytest-only
# modules that would pull pytest in, or, excluded, fill the build log with warnings).
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("spacy", filter=lambda name: ".tests" not in name)
datas = collect_data_files("spacy", excludes=["**/tests/**"])
