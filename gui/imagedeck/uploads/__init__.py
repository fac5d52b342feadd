"""File work before an upload, and nothing else: no HTTP, no journal, no settings.

`validate` judges a file by its content against the marketplace's `UploadRules`, `prepare`
shapes the bytes per the upload preferences it is given, `svg_check` vets SVGs, and
`duplicates` fills in the MD5s a duplicate check needs. Running uploads (journal, send,
resume) is `sync/upload_engine.py`; the CLI's "add these files" batch is
`sync/add_images.py`. plentymarkets' file-name rule lives with its client.
"""
