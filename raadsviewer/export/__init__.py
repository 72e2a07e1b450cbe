"""Writers that turn the domain's drafts and amendments into files for the clerk and the council.

Kept apart from the domain because they know file formats (HTML, Word); kept apart from the UI so
the CLI can export without a window. Import the writer you need: ``html_writer`` needs only
markdown-it, ``docx_writer`` needs python-docx.
"""
