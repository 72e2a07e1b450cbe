"""raadsviewer: read, annotate and amend a procurement framework with its background documents."""

__version__ = "0.1.0"
