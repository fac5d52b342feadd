"""details."""
