"""marketplaces package."""
