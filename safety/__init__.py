"""Safety: red-flag classification, escalation and guards."""
