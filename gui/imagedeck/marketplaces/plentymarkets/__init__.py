"""plentymarkets."""
