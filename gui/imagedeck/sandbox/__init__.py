"""A faithful local emulator of plentymarkets and AutoScout24: real HTTP on loopback.

The demo runs on it and the tests talk to it, so it follows the contracts in the project's API
notes (plentymarkets' OpenAPI subset, AutoScout24's LCA 1.1 docs), awkward parts included:
image lists that are not in position order, duplicate and sparse positions, 422s with
Laravel-style `validation_errors`, the AutoScout24 envelope with its message codes, tokens that
expire, throttling headers and 429s. No Qt and no HTTP client library in here.

Use it from a test::

    with SandboxServer() as server:          # demo data, free port, faults off
        server.faults.error_rate = 0.3       # takes effect with the next request
        ...                                  # talk HTTP to server.base_url
        assert server.state.count("PUT", "/rest/items/101/images/") == 1
        server.state.set_position(101, 2001, 5)   # someone else edits the listing

or from a shell: ``imagedeck sandbox --port 8123`` (or ``python -m imagedeck.sandbox``).

One server answers both marketplaces at their real paths:

- plentymarkets under ``/rest/``: ``POST /rest/login`` (user ``demo``, password ``demo``),
  ``/rest/login/refresh``, ``/rest/logout``, ``GET /rest/items[/{id}[/variations]]``, and the
  image, image-name, availability and variation-image routes of the OpenAPI subset.
- AutoScout24 at the root: ``/vehicles``, ``/vehicles/{id}``, ``.../images[/{imageId}]``,
  ``.../imageorder``, and OAuth at ``/auth/oauth/v2/authorize`` and ``/auth/oauth/v2/token``
  (client ``demo``, secret ``demo``; ``grant_type=client_credentials`` is a sandbox extra).
- Files at absolute URLs on the same base: ``/plenty-files/item/images/{itemId}/{full|middle|
  secondPreview|preview}/{cleanImageName}`` (1200x900, 600x450, 300x225, 150x112 for demo
  pictures) and ``/as24-files/{vehicleId}/{imageId}.jpg`` (1024x768).

Modules, one job each: ``state`` (data + test helpers), ``demo`` (the demo data), ``pictures`` /
``picture_shapes`` / ``picture_files`` (drawn and uploaded files), ``image_check`` (is an upload
an image?), ``faults`` + ``fault_middleware`` (misbehaviour and the request record),
``plenty/`` and ``as24/`` (the two APIs), ``files`` (file URLs), ``app`` (the ASGI app),
``server`` (uvicorn in a thread), ``main`` (the command line).
"""
