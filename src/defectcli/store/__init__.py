"""Answer questions fast: rows, the SQLite cache, queries, exports."""
