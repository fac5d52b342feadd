"""thumbnails package."""
