"""The plentymarkets REST API (routes under /rest/), as far as ImageDeck uses it."""
