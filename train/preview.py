"""Render a few training lines to a PNG so a person can see what the model learns from.

    /usr/bin/python3 train/preview.py docs/training-lines.png
"""
import sys

import numpy as np
from PIL import Image, ImageDraw

import data


def draw_rows(draw, rows, origin, scale, colour=(20, 20, 30)):
    x, y = origin
    pen_down = False
    for dx, dy, eos in rows:
        nx, ny = x + dx * scale, y + dy * scale
        if pen_down:
            draw.line([(x, y), (nx, ny)], fill=colour, width=2)
        x, y = nx, ny
        pen_down = eos < 0.5


def main(out, n=8, seed=7):
    rows, starts = data.build(n, seed)
    img = Image.new("RGB", (1800, 110 * n + 20), "white")
    draw = ImageDraw.Draw(img)
    for i in range(n):
        draw_rows(draw, rows[starts[i]:starts[i + 1]], (40, 70 + 110 * i), 2.2)
    img.save(out)
    print(f"wrote {out}: {n} lines, {len(rows)} points, {len(rows) / n:.0f} points per line")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "training-lines.png")
