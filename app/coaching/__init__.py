"""Coaching: coaches, enrolments, conversations, messages and usage."""
