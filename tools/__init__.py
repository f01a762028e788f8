"""Maintenance tools for the checkout (development only, never installed)."""
