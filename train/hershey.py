"""Read Hershey .jhf stroke fonts (Debian package hershey-fonts-data).

Each glyph line: 5-char id, 3-char vertex count, then pairs of characters whose
code minus ord('R') is a coordinate. The first pair is the left/right bearing;
the pair " R" lifts the pen. Glyph i of a 96-glyph font is ASCII 32 + i.
Coordinates are in font units with y pointing down.
"""
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FONT_DIR = Path("/usr/share/hershey-fonts")


@dataclass
class Glyph:
    left: int
    right: int
    strokes: list  # list of (k, 2) float arrays, y down


def parse_glyph(line: str) -> Glyph:
    count = int(line[5:8])
    body = line[8:]
    if len(body) < 2 * count:
        raise ValueError(f"glyph {line[:5].strip()} has {len(body)//2} pairs, expected {count}")
    left = ord(body[0]) - ord("R")
    right = ord(body[1]) - ord("R")
    strokes, current = [], []
    for i in range(1, count):
        pair = body[2 * i: 2 * i + 2]
        if pair == " R":
            if current:
                strokes.append(np.array(current, dtype=np.float64))
            current = []
        else:
            current.append((ord(pair[0]) - ord("R"), ord(pair[1]) - ord("R")))
    if current:
        strokes.append(np.array(current, dtype=np.float64))
    return Glyph(left, right, strokes)


def load_font(name: str) -> dict:
    """Map character -> Glyph for a 96-glyph ASCII face such as 'scripts'."""
    lines = (FONT_DIR / f"{name}.jhf").read_text(encoding="latin-1").splitlines()
    glyphs = [parse_glyph(l) for l in lines if l.strip()]
    if len(glyphs) != 96:
        raise ValueError(f"{name}.jhf has {len(glyphs)} glyphs, expected 96 (ASCII 32-127)")
    return {chr(32 + i): g for i, g in enumerate(glyphs)}
