"""The studio stage."""
