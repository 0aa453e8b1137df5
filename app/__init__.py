"""Lodestar web application: settings, wiring, routes, auth and the CLI."""
