"""The evidence layer: what a health article cites, what writing-assistant text it left, which comments are spam.

Pure functions over extracted values (no I/O, no network); the field units in
``harvester/fields/units.py`` call them. See docs/evidence.md.
"""
