"""Marketplace knowledge stays in `marketplaces/` (and the sandbox that emulates them).

Callers read a client's `Capabilities` instead of probing it with ``getattr``, and they take
the list of marketplaces from `marketplaces.registry` instead of spelling names out: a third
marketplace then means a subpackage and a registry entry, not a hunt through the window and
the CLI. Both rules are read from the source, so they hold for code no test happens to run.
"""

from __future__ import annotations

import ast
from pathlib import Path

from imagedeck.marketplaces.registry import MARKETPLACES, NAMES, capabilities_of

PACKAGE = Path(__file__).resolve().parents[1] / "gui" / "imagedeck"
HOMES = ("marketplaces", "sandbox")
#: The marketplaces' names as string literals (the registry keys).
NAME_LITERALS = frozenset(NAMES)
#: The most marketplace names allowed outside marketplaces/ and sandbox/ (issue 13).
MAX_NAME_LITERALS = 6
#: What callers used to probe for; a client declares it in `Capabilities` instead.
PROBED = {"list_variations", "search_listings", "variations_page", "supports_details", "session"}


def outside_homes() -> list[Path]:
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] not in HOMES
    ]


def getattr_probes() -> list[str]:
    """`getattr(x, "<probed name>", ...)` calls outside marketplaces/: file:line each."""
    found = []
    for path in outside_homes():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"getattr", "hasattr"}
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and node.args[1].value in PROBED
            ):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def name_literals() -> list[str]:
    """Every string literal that is a marketplace's name, outside the homes: file:line.

    Read with `ast`, so a name in a comment or inside a sentence ("plentymarkets item {id}")
    does not count: those are texts, not code that branches on the marketplace.
    """
    found = []
    for path in outside_homes():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in NAME_LITERALS:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return sorted(found)


def test_no_client_is_probed_with_getattr() -> None:
    assert getattr_probes() == []


def test_the_probe_finder_finds_a_probe(tmp_path: Path) -> None:
    """The check above would see a probe if one came back (it is not vacuous)."""
    tree = ast.parse('fetch = getattr(client, "list_variations", None)')
    call = tree.body[0].value  # type: ignore[attr-defined]
    assert call.func.id == "getattr" and call.args[1].value in PROBED


def test_marketplace_names_stay_in_marketplaces() -> None:
    found = name_literals()
    assert len(found) <= MAX_NAME_LITERALS, "\n".join(found)


def test_the_registry_lists_every_marketplace_once_with_its_capabilities() -> None:
    assert len(set(NAMES)) == len(NAMES) == len(MARKETPLACES) >= 2
    for info in MARKETPLACES:
        assert capabilities_of(info.name) is info.capabilities
        assert info.display_name and info.listing_option
