"""The schema stage."""
