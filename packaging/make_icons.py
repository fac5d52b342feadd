"""Draw ImageDeck's app icon and write every size the installers need.

The icon is a fanned stack of photo cards (the listing's images) on a rounded blue tile;
the front card shows a landscape, the one thing every seller's photo tool has in common.
It is drawn once at 1024 px with Pillow and scaled down, so the small sizes stay crisp
and the picture is reproducible from source instead of living only as a binary.

Run from the repository root (writes resources/icons/):

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

CANVAS = 1024
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
ICNS_SIZES = [(s, s) for s in (16, 32, 64, 128, 256, 512, 1024)]
OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"

TILE_TOP = (38, 99, 235)
TILE_BOTTOM = (20, 57, 160)
CARD = (255, 255, 255, 255)
CARD_MIDDLE = (222, 231, 250, 255)  # the cards behind are tinted so the stack reads as three
CARD_BACK = (190, 206, 242, 255)
SKY = (125, 200, 255)
HILL_BACK = (56, 170, 120)
HILL_FRONT = (26, 128, 84)
SUN = (255, 196, 46)


def _tile() -> Image.Image:
    """The rounded, vertically shaded background square."""
    gradient = Image.new("RGB", (1, CANVAS))
    for y in range(CANVAS):
        t = y / (CANVAS - 1)
        gradient.putpixel(
            (0, y),
            tuple(round(a + (b - a) * t) for a, b in zip(TILE_TOP, TILE_BOTTOM, strict=True)),
        )
    gradient = gradient.resize((CANVAS, CANVAS))
    mask = Image.new("L", (CANVAS, CANVAS), 0)
    margin = 40
    ImageDraw.Draw(mask).rounded_rectangle(
        (margin, margin, CANVAS - margin, CANVAS - margin), radius=200, fill=255
    )
    tile = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    tile.paste(gradient, (0, 0), mask)
    return tile


def _card(
    width: int, height: int, *, picture: bool, fill: tuple[int, int, int, int] = CARD
) -> Image.Image:
    """One white photo card; the front one carries the landscape."""
    card = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(card)
    draw.rounded_rectangle((0, 0, width - 1, height - 1), radius=44, fill=fill)
    if picture:
        border = 46
        inner = (border, border, width - border, height - border)
        photo = Image.new("RGBA", (inner[2] - inner[0], inner[3] - inner[1]), SKY + (255,))
        pd = ImageDraw.Draw(photo)
        w, h = photo.size
        pd.ellipse((w * 0.62, h * 0.12, w * 0.86, h * 0.12 + w * 0.24), fill=SUN)
        pd.polygon([(0, h), (w * 0.30, h * 0.42), (w * 0.62, h)], fill=HILL_BACK)
        pd.polygon([(w * 0.25, h), (w * 0.62, h * 0.52), (w, h * 0.86), (w, h)], fill=HILL_FRONT)
        mask = Image.new("L", photo.size, 0)
        ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=18, fill=255)
        card.paste(photo, inner[:2], mask)
    return card


def _place(base: Image.Image, card: Image.Image, angle: float, centre: tuple[int, int]) -> None:
    """Rotate `card`, drop a soft shadow under it and composite it centred at `centre`."""
    turned = card.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    shadow = Image.new("RGBA", turned.size, (0, 0, 0, 0))
    shadow.putalpha(turned.getchannel("A").point(lambda a: a * 0.35))
    shadow = shadow.filter(ImageFilter.GaussianBlur(18))
    x = centre[0] - turned.width // 2
    y = centre[1] - turned.height // 2
    base.alpha_composite(shadow, (x + 10, y + 22))
    base.alpha_composite(turned, (x, y))


def draw_icon() -> Image.Image:
    """The 1024 px master picture."""
    icon = _tile()
    width, height = 540, 440
    centre = (CANVAS // 2, CANVAS // 2 + 20)
    _place(
        icon,
        _card(width, height, picture=False, fill=CARD_BACK),
        16,
        (centre[0] + 70, centre[1] - 62),
    )
    _place(
        icon,
        _card(width, height, picture=False, fill=CARD_MIDDLE),
        6,
        (centre[0] + 32, centre[1] - 26),
    )
    _place(icon, _card(width, height, picture=True), -6, (centre[0] - 30, centre[1] + 30))
    return icon


def write_icons(out: Path = OUT) -> list[Path]:
    """Write imagedeck-<size>.png for each size plus imagedeck.ico and imagedeck.icns."""
    out.mkdir(parents=True, exist_ok=True)
    master = draw_icon()
    written = []
    for size in PNG_SIZES:
        path = out / f"imagedeck-{size}.png"
        master.resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)
        written.append(path)
    ico = out / "imagedeck.ico"
    master.save(ico, sizes=ICO_SIZES)
    icns = out / "imagedeck.icns"
    master.save(icns, sizes=ICNS_SIZES)
    return [*written, ico, icns]


if __name__ == "__main__":
    for path in write_icons(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
