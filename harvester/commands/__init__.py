"""Subcommands of the ``harvester`` command line; each exposes ``register(subparsers)``."""
