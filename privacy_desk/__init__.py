"""Composition root and command line of Privacy Desk."""
