"""Jobs that run in the background on one instance of a cluster at a time (docs/national.md)."""
