"""autoscout24."""
