#!/usr/bin/env python3
"""Draws the reverse-execution toolbar icons of io.ringside.debug.ui (16x16 and @2x 32x32 PNGs).

Shapes are described on a 16-unit grid, rendered with 8x8 supersampling per output pixel and written
as RGBA PNGs with zlib. Run from anywhere: python3 icons-src/draw.py (writes into ../icons).
"""
import math
import os
import struct
import zlib

AMBER = (0xC8, 0x86, 0x00)
GREEN = (0x2E, 0x8B, 0x3A)
GREY = (0x55, 0x5F, 0x6B)


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def in_poly(px, py, pts):
    inside = False
    n = len(pts)
    for i in range(n):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % n]
        if (y1 > py) != (y2 > py):
            x = x1 + (py - y1) * (x2 - x1) / (y2 - y1)
            if px < x:
                inside = not inside
    return inside


class Shape:
    def __init__(self, color):
        self.color = color

    def covers(self, x, y):
        raise NotImplementedError


class Poly(Shape):
    def __init__(self, color, pts):
        super().__init__(color)
        self.pts = pts

    def covers(self, x, y):
        return in_poly(x, y, self.pts)


class Line(Shape):
    """A thick polyline (round joins and caps)."""

    def __init__(self, color, pts, width):
        super().__init__(color)
        self.pts = pts
        self.r = width / 2

    def covers(self, x, y):
        for (ax, ay), (bx, by) in zip(self.pts, self.pts[1:]):
            if seg_dist(x, y, ax, ay, bx, by) <= self.r:
                return True
        return False


class Dot(Shape):
    def __init__(self, color, cx, cy, r):
        super().__init__(color)
        self.cx, self.cy, self.r = cx, cy, r

    def covers(self, x, y):
        return math.hypot(x - self.cx, y - self.cy) <= self.r


def arc(cx, cy, r, a0, a1, steps=24):
    return [(cx + r * math.cos(math.radians(a0 + (a1 - a0) * i / steps)),
             cy + r * math.sin(math.radians(a0 + (a1 - a0) * i / steps))) for i in range(steps + 1)]


def render(shapes, size, ss=8):
    scale = 16.0 / size
    rows = []
    for j in range(size):
        row = bytearray()
        for i in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sj in range(ss):
                for si in range(ss):
                    x = (i + (si + 0.5) / ss) * scale
                    y = (j + (sj + 0.5) / ss) * scale
                    for s in reversed(shapes):  # last shape on top
                        if s.covers(x, y):
                            acc[0] += s.color[0]
                            acc[1] += s.color[1]
                            acc[2] += s.color[2]
                            acc[3] += 1
                            break
            n = acc[3]
            if n == 0:
                row += bytes(4)
            else:
                row += bytes((round(acc[0] / n), round(acc[1] / n), round(acc[2] / n), round(255 * n / (ss * ss))))
        rows.append(bytes(row))
    return rows


def png(rows, size):
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def head(tip, direction, size=4.2):
    """An arrow head (triangle) with its tip at `tip`, pointing along `direction` (degrees)."""
    tx, ty = tip
    a = math.radians(direction)
    bx, by = tx - size * math.cos(a), ty - size * math.sin(a)
    px, py = -math.sin(a) * size * 0.62, math.cos(a) * size * 0.62
    return [(tx, ty), (bx + px, by + py), (bx - px, by - py)]


ICONS = {
    # the mirror of resume: a bar, then a triangle pointing back
    "reverse_resume": [
        Poly(GREEN, [(12.5, 2.5), (12.5, 13.5), (4.0, 8.0)]),
        Poly(GREEN, [(2.0, 2.5), (4.0, 2.5), (4.0, 13.5), (2.0, 13.5)]),
    ],
    # back into: from the right, leftwards, then down into the previous event (the dot)
    "reverse_step_into": [
        Line(AMBER, [(13.5, 3.0), (5.0, 3.0), (5.0, 8.0)], 2.2),
        Poly(AMBER, head((5.0, 11.6), 90)),
        Dot(GREY, 5.0, 14.0, 1.6),
    ],
    # back over: an arc from right to left over the current line
    "reverse_step_over": [
        Line(AMBER, arc(8.0, 8.5, 5.0, -10, -170), 2.2),
        Poly(AMBER, head((2.6, 11.8), 100)),
        Poly(GREY, [(6.0, 12.5), (15.0, 12.5), (15.0, 14.5), (6.0, 14.5)]),
    ],
    # back return: up out of the current request, to the left where it was submitted
    "reverse_step_return": [
        Poly(GREY, [(9.0, 12.5), (15.0, 12.5), (15.0, 14.5), (9.0, 14.5)]),
        Line(AMBER, [(12.0, 11.0), (12.0, 5.0), (6.0, 5.0)], 2.2),
        Poly(AMBER, head((1.8, 5.0), 180)),
    ],
}


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "icons")
    for name, shapes in ICONS.items():
        for size, suffix in ((16, ""), (32, "@2x")):
            with open(os.path.join(out, name + suffix + ".png"), "wb") as f:
                f.write(png(render(shapes, size), size))


if __name__ == "__main__":
    main()
