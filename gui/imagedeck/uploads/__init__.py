"""Adding photos to a listing: checking files from the user's disk, then uploading them.

No Qt and no HTTP here: `validate` judges files by their content, `file_names` builds the
name plentymarkets accepts, `duplicates` finds an image a listing already holds, and
`adding` runs a whole "add these files" job through a marketplace client (CLI and save
worker alike).
"""
