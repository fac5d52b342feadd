"""The packaging recipe bundles every resource the app loads.

The app finds resources through `imagedeck.resources.resource("<relative path>")`, always
with a literal (or an f-string whose holes become wildcards), so reading the source with
`ast` lists what it loads; any other string in the package that names a file under
resources/ counts too. That list is compared with what packaging/bundle_resources.py gives
the spec, and the app's icon is built from a folder holding only the bundled files.
"""

from __future__ import annotations

import ast
import fnmatch
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "gui" / "imagedeck"
SPEC = ROOT / "packaging" / "imagedeck.spec"
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_resources  # noqa: E402


def _pattern(node: ast.expr) -> str | None:
    """The resource path a call argument names; f-string holes become '*'."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [
            v.value if isinstance(v, ast.Constant) else "*"
            for v in node.values
            if isinstance(v, ast.Constant | ast.FormattedValue)
        ]
        return "".join(parts)
    return None


def referenced_resources(package: Path, resources: Path) -> tuple[dict[str, str], list[str]]:
    """({pattern: "file:line"} of resources the code names, [problems found on the way])."""
    found: dict[str, str] = {}
    problems: list[str] = []
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(package.parent).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "resource":
                    pattern = _pattern(node.args[0])
                    if pattern is None:
                        problems.append(f"{where}:{node.lineno} resource() needs a literal path")
                    else:
                        found.setdefault(pattern, f"{where}:{node.lineno}")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value.removeprefix("resources/")
                relative = text and "\n" not in text and not Path(text).is_absolute()
                if relative and (resources / text).is_file():
                    found.setdefault(text, f"{where}:{node.lineno}")
    return found, problems


def source_files(resources: Path) -> list[str]:
    return [p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file()]


def unbundled(root: Path, package: Path, bundled: set[str]) -> list[str]:
    """One line per resource the code loads that the bundle lacks (or that does not exist)."""
    resources = root / "resources"
    found, problems = referenced_resources(package, resources)
    available = source_files(resources)
    for pattern, where in sorted(found.items()):
        matches = [f for f in available if fnmatch.fnmatch(f, pattern)]
        if not matches:
            problems.append(f"{where} loads {pattern!r}, which is not under resources/")
        problems += [
            f"{where} loads {m!r}, which the bundle lacks" for m in matches if m not in bundled
        ]
    return problems


def recipe_bundle(root: Path) -> set[str]:
    """What the spec bundles, with each .ts standing for the .qm compiled from it."""
    compiled = [
        root / "build" / f"{ts.stem}.qm" for ts in bundle_resources.translation_sources(root)
    ]
    return bundle_resources.bundled_paths(bundle_resources.resource_datas(root, compiled))


def test_the_scan_finds_what_the_app_loads() -> None:
    """Guard against a check that passes because it found nothing."""
    found, problems = referenced_resources(PACKAGE, ROOT / "resources")
    assert "icons/imagedeck-*.png" in found, found
    assert not problems, problems


def test_recipe_bundles_every_resource_the_app_loads() -> None:
    problems = unbundled(ROOT, PACKAGE, recipe_bundle(ROOT))
    assert not problems, "the packaging recipe misses resources:\n" + "\n".join(problems)


def test_every_translation_source_is_bundled_compiled() -> None:
    bundled = recipe_bundle(ROOT)
    for ts in bundle_resources.translation_sources(ROOT):
        assert f"translations/{ts.stem}.qm" in bundled
    assert not any(path.endswith((".ts", ".py")) for path in bundled)
    assert not any(path.startswith("screenshot") for path in bundled)


def test_spec_takes_its_data_from_the_shared_list_and_the_metadata() -> None:
    """The spec uses bundle_resources (so the test above speaks for it) and copies the
    package metadata (so importlib.metadata finds the version when frozen)."""
    calls = {
        node.func.id
        for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"resource_datas", "compile_translations", "copy_metadata"} <= calls


def test_app_icon_loads_from_a_folder_holding_only_the_bundled_files(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from imagedeck.ui.app.app_icon import ICON_SIZES, app_icon

    compiled = bundle_resources.compile_translations(ROOT, tmp_path / "qm")
    for source, folder in bundle_resources.resource_datas(ROOT, compiled):
        target = tmp_path / "bundle" / folder
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    monkeypatch.setenv("IMAGEDECK_RESOURCES", str(tmp_path / "bundle" / "resources"))
    icon = app_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert set(ICON_SIZES) <= sizes


# -- the checker itself ------------------------------------------------------------------------


def test_checker_reports_a_resource_left_out_of_the_bundle(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    (resources / "icons").mkdir(parents=True)
    for name in ("icons/a-16.png", "icons/a-32.png", "sound.wav"):
        (resources / name).write_bytes(b"x")
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "ui.py").write_text(
        "from imagedeck.resources import resource\n"
        "for s in (16, 32):\n    resource(f'icons/a-{s}.png')\n"
        "resource('gone.png')\n"
        "resource(name)\n"
        "SOUND = 'resources/sound.wav'\n",
        encoding="utf-8",
    )
    problems = unbundled(tmp_path, package, bundled={"icons/a-16.png"})
    assert problems == [
        "pkg/ui.py:5 resource() needs a literal path",
        "pkg/ui.py:4 loads 'gone.png', which is not under resources/",
        "pkg/ui.py:3 loads 'icons/a-32.png', which the bundle lacks",
        "pkg/ui.py:6 loads 'sound.wav', which the bundle lacks",
    ]


def test_translations_compile_with_pyside6_lrelease(tmp_path: Path) -> None:
    """The build step the spec runs for resources/translations/*.ts works in this env."""
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "imagedeck_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de"><context><name>MainWindow</name>'
        "<message><source>Save</source><translation>Speichern</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    (folder / "imagedeck_de.qm").write_bytes(b"stale")
    (folder / "fill_in.py").write_text("print('a maintenance script')\n", encoding="utf-8")
    compiled = bundle_resources.compile_translations(tmp_path, tmp_path / "out")
    assert [p.name for p in compiled] == ["imagedeck_de.qm"]
    assert compiled[0].read_bytes() != b"stale" and compiled[0].stat().st_size > 16
    datas = bundle_resources.resource_datas(tmp_path, compiled)
    assert datas == [(str(compiled[0]), "resources/translations")]


def test_qt_dialog_translations_follow_the_apps_languages(tmp_path: Path) -> None:
    """Qt's qtbase_<lang>.qm is kept only for languages the app has a .ts for."""
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    assert bundle_resources.qt_languages(tmp_path) == []
    for name in ("imagedeck_de.ts", "imagedeck_pt_BR.ts"):
        (folder / name).write_text("<TS/>", encoding="utf-8")
    assert bundle_resources.qt_languages(tmp_path) == ["de", "pt", "pt_BR"]


def test_without_resources_the_window_opens_iconless_and_says_why(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A plain `pip install .` has no resources/: the app still starts; the self-test
    (strict) refuses such an install, naming the missing file."""
    from imagedeck.resources import ResourceMissing
    from imagedeck.ui.app.app_icon import app_icon

    monkeypatch.setenv("IMAGEDECK_RESOURCES", str(tmp_path))
    assert app_icon().isNull()
    assert "icons/imagedeck-16.png" in caplog.text
    with pytest.raises(ResourceMissing, match="imagedeck-16.png"):
        app_icon(strict=True)
