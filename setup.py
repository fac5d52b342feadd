"""Only what pyproject.toml cannot say: the top-level resources/ folder (icons, translation
catalogues) ships inside the wheel as the package ``imagedeck._resources``.

pyproject.toml's ``packages.find`` cannot add a package that lives outside ``gui/``, so the
package list and its folders are given here; everything else stays in pyproject.toml.
imagedeck.resources reads them through importlib.resources, so a non-editable
``pip install .`` (tox, nox, distribution packagers) has them as an editable install does.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("gui"), "imagedeck._resources"],
    package_dir={"": "gui", "imagedeck._resources": "resources"},
    package_data={
        "imagedeck": ["py.typed"],
        "imagedeck._resources": ["icons/*.png", "icons/*.ico", "icons/*.icns", "translations/*.ts"],
    },
    exclude_package_data={"imagedeck._resources": ["*.py", "translations/*.py"]},
)
