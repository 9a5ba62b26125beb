"""Liseuse's data files, shipped as a package so that ``importlib.resources`` finds them from a
checkout, an installed wheel or a frozen bundle alike: the application icon (SVG and PNG sizes
rendered from it by ``render_icons.py``), the ``.desktop`` launcher and the AppStream metainfo.
No code here is imported at run time."""
