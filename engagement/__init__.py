"""Engagement: trigger rules, scheduler and nudges."""
