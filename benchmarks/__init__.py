"""Benchmarks: documented commands that print figures; not part of the test run."""
