"""Profiles: the learner profile builder and behaviour metrics."""
