"""Product-like shapes for the demo pictures, drawn with plain polygons.

Each shape gets a box in pixels and a palette and draws itself in unit coordinates of that box,
so one drawing serves every rendition size. The shapes only need to be recognisable at a
glance in a 150-pixel thumbnail: a silhouette in a strong colour with one lighter and one
darker surface for a hint of volume.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import ImageDraw

Box = tuple[float, float, float, float]
RGB = tuple[int, int, int]
Draw = ImageDraw.ImageDraw


@dataclass(frozen=True)
class Palette:
    """The colours of one product: its own hue in three shades plus a neutral accent."""

    base: RGB
    dark: RGB
    light: RGB
    ink: RGB = (34, 38, 46)
    white: RGB = (246, 246, 242)

    @classmethod
    def from_hue(cls, hue: float) -> Palette:
        """A saturated colour of `hue` (0..1) with its shades."""

        def rgb(s: float, v: float) -> RGB:
            r, g, b = colorsys.hsv_to_rgb(hue % 1.0, s, v)
            return round(r * 255), round(g * 255), round(b * 255)

        return cls(base=rgb(0.72, 0.88), dark=rgb(0.80, 0.58), light=rgb(0.38, 0.98))


class _Unit:
    """Maps unit coordinates (0..1 across the box) to pixels."""

    def __init__(self, box: Box) -> None:
        self.x0, self.y0, x1, y1 = box
        self.w = x1 - self.x0
        self.h = y1 - self.y0

    def p(self, u: float, v: float) -> tuple[float, float]:
        return self.x0 + u * self.w, self.y0 + v * self.h

    def pts(self, coords: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        return [self.p(u, v) for u, v in coords]

    def rect(self, u0: float, v0: float, u1: float, v1: float) -> list[float]:
        (a, b), (c, d) = self.p(u0, v0), self.p(u1, v1)
        return [a, b, c, d]

    def circle(self, u: float, v: float, r: float) -> list[float]:
        """A true circle of radius r (in units of the box's smaller side)."""
        cx, cy = self.p(u, v)
        radius = r * min(self.w, self.h)
        return [cx - radius, cy - radius, cx + radius, cy + radius]

    def px(self, fraction: float) -> int:
        """A line width or corner radius as a fraction of the box's smaller side."""
        return max(1, round(fraction * min(self.w, self.h)))


def bottle(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    d.polygon(u.pts([(0.3, 0.42), (0.42, 0.2), (0.58, 0.2), (0.7, 0.42)]), fill=c.base)
    d.rounded_rectangle(u.rect(0.3, 0.38, 0.7, 1.0), radius=u.px(0.06), fill=c.base)
    d.rectangle(u.rect(0.42, 0.08, 0.58, 0.22), fill=c.dark)
    d.rounded_rectangle(u.rect(0.4, 0.0, 0.6, 0.1), radius=u.px(0.02), fill=c.ink)
    d.rectangle(u.rect(0.3, 0.56, 0.7, 0.8), fill=c.white)
    d.rectangle(u.rect(0.3, 0.64, 0.7, 0.7), fill=c.dark)
    d.rectangle(u.rect(0.35, 0.42, 0.39, 0.95), fill=c.light)


def shoe(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    upper = [(0.04, 0.78), (0.06, 0.5), (0.12, 0.36), (0.34, 0.3), (0.46, 0.44), (0.7, 0.54)]
    upper += [(0.9, 0.6), (0.97, 0.7), (0.97, 0.8)]
    d.polygon(u.pts(upper), fill=c.base)
    d.polygon(u.pts([(0.34, 0.3), (0.46, 0.44), (0.58, 0.5), (0.4, 0.33)]), fill=c.light)
    d.polygon(u.pts([(0.2, 0.7), (0.55, 0.56), (0.85, 0.64), (0.5, 0.68)]), fill=c.white)
    d.rounded_rectangle(u.rect(0.02, 0.77, 0.99, 0.9), radius=u.px(0.04), fill=c.white)
    d.rectangle(u.rect(0.02, 0.86, 0.99, 0.9), fill=c.ink)
    d.polygon(u.pts([(0.04, 0.5), (0.12, 0.36), (0.18, 0.42), (0.1, 0.55)]), fill=c.dark)
    for k in range(3):
        a, b = u.p(0.4 + 0.07 * k, 0.4 + 0.045 * k), u.p(0.46 + 0.07 * k, 0.36 + 0.045 * k)
        d.line([a, b], fill=c.white, width=u.px(0.025))


def box3d(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    d.polygon(u.pts([(0.08, 0.36), (0.52, 0.52), (0.52, 0.98), (0.08, 0.8)]), fill=c.base)
    d.polygon(u.pts([(0.52, 0.52), (0.94, 0.36), (0.94, 0.8), (0.52, 0.98)]), fill=c.dark)
    d.polygon(u.pts([(0.08, 0.36), (0.5, 0.2), (0.94, 0.36), (0.52, 0.52)]), fill=c.light)
    d.polygon(u.pts([(0.27, 0.29), (0.71, 0.44), (0.75, 0.43), (0.31, 0.28)]), fill=c.ink)
    d.polygon(u.pts([(0.16, 0.5), (0.42, 0.6), (0.42, 0.72), (0.16, 0.62)]), fill=c.white)


def ball(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    d.ellipse(u.circle(0.5, 0.56, 0.42), fill=c.base)
    d.chord(u.circle(0.5, 0.56, 0.42), 20, 160, fill=c.dark)
    d.arc(u.circle(0.5, 0.56, 0.3), 200, 340, fill=c.white, width=u.px(0.05))
    d.arc(u.circle(0.5, 0.56, 0.42), 0, 360, fill=c.ink, width=u.px(0.012))
    d.ellipse(u.circle(0.37, 0.4, 0.07), fill=c.light)


def mug(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    d.ellipse(u.rect(0.56, 0.42, 0.92, 0.82), outline=c.dark, width=u.px(0.08))
    d.rounded_rectangle(u.rect(0.12, 0.3, 0.7, 0.96), radius=u.px(0.08), fill=c.base)
    d.ellipse(u.rect(0.12, 0.24, 0.7, 0.36), fill=c.dark)
    d.ellipse(u.rect(0.16, 0.26, 0.66, 0.34), fill=c.ink)
    d.rectangle(u.rect(0.18, 0.4, 0.24, 0.88), fill=c.light)
    d.ellipse(u.circle(0.41, 0.63, 0.12), fill=c.white)


def lamp(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    d.ellipse(u.rect(0.22, 0.86, 0.78, 0.98), fill=c.ink)
    d.rectangle(u.rect(0.47, 0.42, 0.53, 0.9), fill=c.dark)
    d.polygon(u.pts([(0.26, 0.06), (0.74, 0.06), (0.92, 0.46), (0.08, 0.46)]), fill=c.base)
    d.polygon(u.pts([(0.26, 0.06), (0.4, 0.06), (0.3, 0.46), (0.08, 0.46)]), fill=c.light)
    d.rectangle(u.rect(0.08, 0.44, 0.92, 0.48), fill=c.dark)


def phone(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    d.rounded_rectangle(u.rect(0.28, 0.02, 0.72, 0.98), radius=u.px(0.08), fill=c.ink)
    d.rounded_rectangle(u.rect(0.31, 0.07, 0.69, 0.93), radius=u.px(0.05), fill=c.base)
    d.polygon(u.pts([(0.31, 0.5), (0.69, 0.2), (0.69, 0.5), (0.31, 0.8)]), fill=c.light)
    d.ellipse(u.circle(0.5, 0.045, 0.012), fill=c.white)


def watch(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    d.rounded_rectangle(u.rect(0.39, 0.0, 0.61, 1.0), radius=u.px(0.05), fill=c.dark)
    d.ellipse(u.circle(0.5, 0.5, 0.3), fill=c.base)
    d.ellipse(u.circle(0.5, 0.5, 0.24), fill=c.white)
    cx, cy = u.p(0.5, 0.5)
    d.line([(cx, cy), u.p(0.5, 0.33)], fill=c.ink, width=u.px(0.025))
    d.line([(cx, cy), u.p(0.62, 0.54)], fill=c.ink, width=u.px(0.025))
    d.ellipse(u.circle(0.5, 0.5, 0.025), fill=c.base)


def car_side(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    body = [(0.0, 0.72), (0.02, 0.52), (0.24, 0.46), (0.36, 0.28), (0.7, 0.28), (0.84, 0.46)]
    body += [(0.98, 0.52), (1.0, 0.72)]
    d.polygon(u.pts(body), fill=c.base)
    d.polygon(u.pts([(0.3, 0.46), (0.39, 0.32), (0.52, 0.32), (0.52, 0.46)]), fill=c.light)
    d.polygon(u.pts([(0.56, 0.46), (0.56, 0.32), (0.68, 0.32), (0.78, 0.46)]), fill=c.light)
    d.rectangle(u.rect(0.02, 0.6, 0.98, 0.64), fill=c.dark)
    for x in (0.2, 0.8):
        d.ellipse(u.circle(x, 0.72, 0.13), fill=c.ink)
        d.ellipse(u.circle(x, 0.72, 0.06), fill=c.white)


def car_front(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    d.rectangle(u.rect(0.14, 0.8, 0.26, 0.95), fill=c.ink)
    d.rectangle(u.rect(0.74, 0.8, 0.86, 0.95), fill=c.ink)
    d.polygon(u.pts([(0.24, 0.14), (0.76, 0.14), (0.88, 0.44), (0.12, 0.44)]), fill=c.dark)
    d.polygon(u.pts([(0.28, 0.19), (0.72, 0.19), (0.8, 0.42), (0.2, 0.42)]), fill=c.light)
    d.rounded_rectangle(u.rect(0.06, 0.42, 0.94, 0.84), radius=u.px(0.08), fill=c.base)
    d.ellipse(u.rect(0.1, 0.5, 0.28, 0.62), fill=c.white)
    d.ellipse(u.rect(0.72, 0.5, 0.9, 0.62), fill=c.white)
    d.rounded_rectangle(u.rect(0.34, 0.54, 0.66, 0.7), radius=u.px(0.03), fill=c.ink)


def wheel(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    d.ellipse(u.circle(0.5, 0.52, 0.46), fill=c.ink)
    d.ellipse(u.circle(0.5, 0.52, 0.32), fill=c.base)
    cx, cy = u.p(0.5, 0.52)
    for a, b in ((0.5, 0.24), (0.77, 0.43), (0.67, 0.76), (0.33, 0.76), (0.23, 0.43)):
        d.line([(cx, cy), u.p(a, b)], fill=c.light, width=u.px(0.07))
    d.ellipse(u.circle(0.5, 0.52, 0.08), fill=c.dark)


def steering_wheel(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    d.ellipse(u.circle(0.5, 0.52, 0.44), outline=c.base, width=u.px(0.09))
    cx, cy = u.p(0.5, 0.56)
    for end in ((0.1, 0.52), (0.9, 0.52), (0.5, 0.95)):
        d.line([(cx, cy), u.p(*end)], fill=c.dark, width=u.px(0.08))
    d.ellipse(u.circle(0.5, 0.56, 0.13), fill=c.ink)
    d.ellipse(u.circle(0.5, 0.56, 0.05), fill=c.light)


def seat(d: Draw, box: Box, c: Palette) -> None:
    u = _Unit(box)
    d.rounded_rectangle(u.rect(0.32, 0.0, 0.58, 0.14), radius=u.px(0.05), fill=c.dark)
    d.polygon(u.pts([(0.26, 0.18), (0.64, 0.18), (0.6, 0.7), (0.3, 0.7)]), fill=c.base)
    d.polygon(u.pts([(0.3, 0.22), (0.38, 0.22), (0.36, 0.66), (0.33, 0.66)]), fill=c.light)
    d.rounded_rectangle(u.rect(0.24, 0.66, 0.92, 0.82), radius=u.px(0.05), fill=c.base)
    d.rectangle(u.rect(0.3, 0.82, 0.36, 0.98), fill=c.ink)
    d.rectangle(u.rect(0.8, 0.82, 0.86, 0.98), fill=c.ink)


Shape = Callable[[Draw, Box, Palette], None]

SHAPES: dict[str, tuple[Shape, ...]] = {
    "product": (bottle, shoe, box3d, ball, mug, lamp, phone, watch),
    "vehicle": (car_side, car_front, wheel, steering_wheel, seat),
}
