"""Sentence families the training set is generated from, written by the project (no sources)."""
