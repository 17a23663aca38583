"""Benchmarks: scripts that print medians and ratios (run as ``python -m benchmarks.NAME``)."""
