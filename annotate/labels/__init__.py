"""The labels stage."""
