"""Public statistics of dossiers: counters kept by events, the table, charts, CSV and REST."""
