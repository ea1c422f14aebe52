#!/usr/bin/env python3
"""Draws the sample game's sprites and writes them as PNGs (standard library only).

Run from the repository root:  python3 assets/tools/make_sprites.py
Writes assets/src/main/resources/javelin/sprites/{ship,asteroid,missile}.png. The ship is drawn in light
greys so the renderer's tint colours it per player; it points along +x (angle 0).
"""
import math
import os
import random
import struct
import zlib

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "javelin", "sprites")


def write_png(path, size, pixel):
    rows = bytearray()
    for y in range(size):
        rows.append(0)
        for x in range(size):
            rows.extend(pixel(x + 0.5, y + 0.5))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def inside(poly, x, y):
    hit = False
    for i in range(len(poly)):
        (x1, y1), (x2, y2) = poly[i], poly[i - 1]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def ship(x, y):
    s = 64
    hull = [(0.95 * s, 0.5 * s), (0.12 * s, 0.10 * s), (0.30 * s, 0.5 * s), (0.12 * s, 0.90 * s)]
    if not inside(hull, x, y):
        return (0, 0, 0, 0)
    cockpit = (x - 0.58 * s) ** 2 / 40 + (y - 0.5 * s) ** 2 / 18 < 1
    shade = 255 - int(abs(y - 0.5 * s) * 2.2)
    if cockpit:
        return (120, 120, 130, 255)
    return (shade, shade, shade, 255)


random.seed(7)
ROCK = [(32 + (24 + random.uniform(-5, 4)) * math.cos(a), 32 + (24 + random.uniform(-5, 4)) * math.sin(a))
        for a in [i * 2 * math.pi / 11 for i in range(11)]]
CRATERS = [(24, 26, 5), (40, 38, 6), (36, 20, 3.5)]


def asteroid(x, y):
    if not inside(ROCK, x, y):
        return (0, 0, 0, 0)
    g = 150 + int(30 * math.sin(x * 0.4) * math.cos(y * 0.3))
    for cx, cy, r in CRATERS:
        if (x - cx) ** 2 + (y - cy) ** 2 < r * r:
            g -= 45
    return (g, g - 6, g - 14, 255)


def missile(x, y):
    d = math.hypot(x - 8, y - 8) / 8
    if d >= 1:
        return (0, 0, 0, 0)
    return (255, 240, int(200 * (1 - d)), int(255 * (1 - d * d)))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write_png(os.path.join(OUT, "ship.png"), 64, ship)
    write_png(os.path.join(OUT, "asteroid.png"), 64, asteroid)
    write_png(os.path.join(OUT, "missile.png"), 16, missile)
    print("sprites written to", os.path.normpath(OUT))
