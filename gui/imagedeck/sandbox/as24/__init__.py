"""The AutoScout24 Listing Creation API 1.1 (vehicles, images, image order, OAuth)."""
