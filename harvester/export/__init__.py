"""Typed, normalised exports of records (Parquet, DuckDB, CSV); needs the ``export`` extra (pyarrow, duckdb)."""
