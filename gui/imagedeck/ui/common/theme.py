"""Light and dark: colours that read on whatever palette the system gives us.

Qt picks up the system's light or dark palette by itself (Windows 11, macOS, GNOME/KDE via
the platform theme); what it cannot adapt are the colours we choose — the amber "unsaved",
the red of an error, the green of a passed connection test, the tiles' placeholders. Those
come from here, chosen by how light the current window background is, so a dark-grey red is
never put on a dark-grey window. `dark_palette()` is the Fusion dark palette we use to render
and test the dark look on machines (and CI) that have no dark system theme.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# (on a light background, on a dark background); both meet WCAG AA contrast on the
# default window colours of Fusion, Windows 11 and macOS.
TONES = {
    "ok": ("#2e7d32", "#81c784"),
    "error": ("#c62828", "#ef9a9a"),
    "warning": ("#b35900", "#ffb74d"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (lightness below half)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def tone(kind: str, palette: QPalette | None = None) -> QColor:
    """The colour for "ok", "error" or "warning" text on the current background."""
    light, dark = TONES[kind]
    return QColor(dark if is_dark(palette) else light)


def label_style(kind: str, *, bold: bool = False) -> str:
    """A QLabel style sheet in that tone; apply it when the text is shown, not once."""
    weight = " font-weight: bold;" if bold else ""
    return f"QLabel {{ color: {tone(kind).name()};{weight} }}"


def dark_palette() -> QPalette:
    """A dark palette (the colours of Fusion's own dark scheme) for rendering and tests."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2b2b",
        roles.WindowText: "#e8e8e8",
        roles.Base: "#1e1e1e",
        roles.AlternateBase: "#2a2a2a",
        roles.ToolTipBase: "#3a3a3a",
        roles.ToolTipText: "#f0f0f0",
        roles.PlaceholderText: "#8a8a8a",
        roles.Text: "#e8e8e8",
        roles.Button: "#353535",
        roles.ButtonText: "#e8e8e8",
        roles.BrightText: "#ff6b6b",
        roles.Light: "#4a4a4a",
        roles.Midlight: "#3d3d3d",
        roles.Mid: "#2f2f2f",
        roles.Dark: "#1a1a1a",
        roles.Shadow: "#000000",
        roles.Highlight: "#3d7bd9",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#7fb2ff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette
