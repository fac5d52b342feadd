"""ImageDeck's resources (icons, translation catalogues), installed as the package
``imagedeck._resources`` (see setup.py); read them through imagedeck.resources."""
