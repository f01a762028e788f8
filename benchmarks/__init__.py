"""Benchmarks of harvester (development only: run from the checkout, never installed)."""
