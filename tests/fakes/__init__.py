"""Protocol-faithful fakes of external services, for tests."""
