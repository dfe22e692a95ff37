"""Overshare: see what the platforms may do with your social-media data."""

__version__ = "0.1.0"
