#!/usr/bin/env python3
"""Draws the sample game's sprites and writes them as PNGs (standard library only).

Run from the repository root:  python3 assets/tools/make_sprites.py
Writes assets/src/main/resources/javelin/sprites/{ship,asteroid,missile,flame,explosion}.png. The ship is
drawn in light greys so the renderer's tint colours it per player; the ship and the missile point along +x
(angle 0), the flame trails along -x from its right edge (it goes behind a ship). The explosion is a round
fireball the renderer grows and fades.
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
    """A 32 px rocket along +x: red nose, pale body, dark fins, a glow at the tail."""
    cy = 16
    body = 9 <= x <= 25 and abs(y - cy) <= 2.2
    nose = 25 < x <= 30 and abs(y - cy) <= 2.2 * (30 - x) / 5
    fins = 8 <= x <= 13 and abs(y - cy) <= 2.2 + (13 - x) * 0.9
    if nose:
        return (235, 70, 60, 255)
    if body:
        shade = 245 - int(abs(y - cy) * 25)
        return (shade, shade, min(255, shade + 8), 255)
    if fins:
        return (150, 160, 180, 255)
    d = math.hypot((x - 7) / 6, (y - cy) / 3)
    if d < 1:
        a = (1 - d) ** 1.5
        return (255, 210, 120, int(230 * a))
    return (0, 0, 0, 0)


def flame(x, y):
    """A 32 px exhaust plume: white-hot at the right edge, orange, then red and transparent to the left."""
    t = (32 - x) / 32  # 0 at the nozzle, 1 at the tip
    half = 7 * (1 - t) ** 0.7 + 0.5
    d = abs(y - 16) / half
    if t < 0 or d >= 1:
        return (0, 0, 0, 0)
    heat = (1 - t) * (1 - d * d)
    r = 255
    g = int(90 + 165 * min(1, heat * 1.6))
    b = int(40 + 215 * max(0, heat - 0.45) / 0.55) if heat > 0.45 else 40
    a = int(255 * (1 - t) ** 0.8 * (1 - d ** 3))
    return (r, g, b, a)


random.seed(11)
SPIKES = [random.uniform(0.75, 1.0) for _ in range(24)]


def explosion(x, y):
    """A 64 px fireball: a white core, yellow and orange flame, a ragged red edge."""
    dx, dy = x - 32, y - 32
    ang = (math.atan2(dy, dx) + math.pi) / (2 * math.pi) * len(SPIKES)
    i = int(ang) % len(SPIKES)
    f = ang - int(ang)
    edge = 31 * (SPIKES[i] * (1 - f) + SPIKES[(i + 1) % len(SPIKES)] * f)
    d = math.hypot(dx, dy) / edge
    if d >= 1:
        return (0, 0, 0, 0)
    if d < 0.25:
        return (255, 255, 235, 255)
    if d < 0.55:
        k = (d - 0.25) / 0.3
        return (255, int(240 - 90 * k), int(150 - 120 * k), 255)
    k = (d - 0.55) / 0.45
    return (int(255 - 60 * k), int(150 - 110 * k), 30, int(255 * (1 - k ** 2)))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write_png(os.path.join(OUT, "ship.png"), 64, ship)
    write_png(os.path.join(OUT, "asteroid.png"), 64, asteroid)
    write_png(os.path.join(OUT, "missile.png"), 32, missile)
    write_png(os.path.join(OUT, "flame.png"), 32, flame)
    write_png(os.path.join(OUT, "explosion.png"), 64, explosion)
    print("sprites written to", os.path.normpath(OUT))
