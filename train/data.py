"""Synthetic cursive handwriting from Hershey script faces.

A line is a list of words rendered glyph by glyph; glyphs of a word are joined
into one pen-down stroke where they meet (or nearly meet after augmentation),
i dots and t crosses are written after the word as a person would, and the pen
lifts between words. Every line gets its own hand: size, width, slant, letter
and word spacing, baseline drift, a smooth warp, per-stroke jitter and a
varying pen speed when the strokes are resampled into points.

Rows are (dx, dy, eos) in font units, y down, eos = 1 on the last point of a
stroke: the pen lifts after that point.
"""
from pathlib import Path

import numpy as np

from hershey import load_font

FACES = ("scripts", "cursive")
BASELINE = 4.0  # y of the joining strokes in the script faces
COMMON = (
    "the of and to in is it you that he was for on are with as his they be at one have "
    "this from or had by word but what some we can out other were all there when up use "
    "your how said an each she which do their time if will way about many then them write "
    "would like so these her long make thing see him two has look more day could go come "
    "did number sound no most people my over know water than call first who may down side "
    "been now find any new work part take get place made live where after back little only "
    "round man year came show every good me give our under name very through just form "
    "sentence great think say help low line differ turn cause much mean before move right "
    "boy old too same tell does set three want air well also play small end put home read "
    "hand port large spell add even land here must big high such follow act why ask men "
    "change went light kind off need house picture try us again animal point mother world "
    "near build self earth father head stand own page should country found answer school "
    "grow study still learn plant cover food sun four between state keep eye never last let "
    "thought city tree cross farm hard start might story saw far sea draw left late run "
    "while press close night real life few north open seem together next white children "
    "begin got walk example ease paper group always music those both mark often letter until "
    "mile river car feet care second book carry took science eat room friend began idea fish "
    "mountain stop once base hear horse cut sure watch colour face wood main enough plain girl "
    "usual young ready above ever red list though feel talk bird soon body dog family direct "
    "pose leave song measure door product black short numeral class wind question happen "
    "complete ship area half rock order fire south problem piece told knew pass since top "
    "whole king space heard best hour better true during hundred five remember step early "
    "hold west ground interest reach fast verb sing listen six table travel less morning ten "
    "simple several vowel toward war lay against pattern slow centre love person money serve "
    "appear road map rain rule govern pull cold notice voice unit power town fine certain fly "
    "fall lead cry dark machine note wait plan figure star box noun field rest correct able "
    "pound done beauty drive stood contain front teach week final gave green quick develop "
    "ocean warm free minute strong special mind behind clear tail produce fact street inch"
).split()


def load_words(path="/usr/share/dict/words"):
    """Lowercase alphabetic words of 1-11 letters from Debian's wamerican list."""
    words = []
    for w in Path(path).read_text(encoding="utf-8", errors="ignore").split():
        if w.isascii() and w.isalpha() and w.islower() and 1 <= len(w) <= 11:
            words.append(w)
    return words


class LineMaker:
    def __init__(self, seed: int, words=None):
        self.rng = np.random.default_rng(seed)
        self.fonts = [load_font(f) for f in FACES]
        self.words = words if words is not None else load_words()

    def text(self):
        rng = self.rng
        n = int(rng.integers(4, 8))
        out = []
        for _ in range(n):
            w = COMMON[rng.integers(len(COMMON))] if rng.random() < 0.55 else self.words[rng.integers(len(self.words))]
            if rng.random() < 0.12:
                w = w.capitalize()
            out.append(w)
        if rng.random() < 0.3:
            out[-1] += "." if rng.random() < 0.6 else ","
        return out

    def line(self):
        """One augmented line: (points (n,2), eos (n,)) in font units."""
        rng = self.rng
        font = self.fonts[rng.integers(len(self.fonts))]
        size = rng.uniform(0.8, 1.25)
        width = rng.uniform(0.85, 1.15)
        slant = rng.uniform(-0.05, 0.45)
        letter_gap = rng.uniform(-0.8, 1.5)
        word_gap = rng.uniform(0.7, 1.6) * (font[" "].right - font[" "].left)
        glyph_wobble = rng.uniform(0.0, 0.06)

        strokes = []  # list of (k,2) arrays, merged where the pen continues
        x = 0.0
        for w_i, word in enumerate(self.text()):
            main, deferred = [], []
            for ch in word:
                g = font.get(ch) or font["?"]
                gs = rng.uniform(1 - glyph_wobble, 1 + glyph_wobble)
                ox = x - g.left * gs
                for s in g.strokes:
                    p = s.copy()
                    p[:, 0] = ox + p[:, 0] * gs
                    p[:, 1] = BASELINE + (p[:, 1] - BASELINE) * gs
                    ext = np.ptp(p, axis=0)
                    small = (ext.max() < 3.5) or (len(p) <= 2 and ext[1] < 1.5)
                    (deferred if small else main).append(p)
                x += (g.right - g.left) * gs + letter_gap
            word_strokes = _merge(main, tol=2.5) + deferred
            strokes.extend(word_strokes)
            x += word_gap - letter_gap

        # Whole-line geometry: width, slant, size, baseline drift, smooth warp, tilt.
        drift_amp, drift_period, drift_phase = rng.uniform(0, 2.5), rng.uniform(150, 450), rng.uniform(0, 6.3)
        warp = [(rng.uniform(0, 0.8), rng.uniform(12, 40), rng.uniform(0, 6.3)) for _ in range(4)]
        tilt = rng.normal(0, 0.02)
        jitter = rng.uniform(0.0, 0.5)
        out = []
        for p in strokes:
            q = p.copy()
            bx = q[:, 0]
            q[:, 0] += warp[0][0] * np.sin(bx / warp[0][1] + warp[0][2]) + warp[1][0] * np.sin(q[:, 1] / warp[1][1] * 3 + warp[1][2])
            q[:, 1] += warp[2][0] * np.sin(bx / warp[2][1] + warp[2][2]) + warp[3][0] * np.sin(bx / warp[3][1] + warp[3][2])
            q[:, 1] += drift_amp * np.sin(2 * np.pi * bx / drift_period + drift_phase) + tilt * bx
            q[:, 0] = q[:, 0] * width - slant * (q[:, 1] - BASELINE)
            q *= size
            q += rng.normal(0, jitter, size=2)
            out.append(q)
        return self._resample(out, size)

    def _resample(self, strokes, size):
        """Points along each stroke at a varying pen speed, keeping sharp corners."""
        rng = self.rng
        base = rng.uniform(1.3, 2.0) * size
        wave_len, wave_amp = rng.uniform(6, 20) * size, rng.uniform(0.1, 0.4)
        pts, eos = [], []
        for p in strokes:
            seg = np.linalg.norm(np.diff(p, axis=0), axis=1)
            keep = np.concatenate([[True], seg > 1e-9])
            p = p[keep]
            if len(p) == 1:
                pts.append(p)
                eos.append(np.array([1.0]))
                continue
            seg = np.linalg.norm(np.diff(p, axis=0), axis=1)
            arc = np.concatenate([[0.0], np.cumsum(seg)])
            total = arc[-1]
            n_est = int(total / (base * (1 - wave_amp)) + 3)
            phase = rng.uniform(0, 6.3)
            u = np.cumsum(base * (1 + wave_amp * np.sin(2 * np.pi * np.arange(n_est) * base / wave_len + phase))
                          * np.exp(rng.normal(0, 0.08, n_est)))
            u = np.concatenate([[0.0], u[u < total - 0.3 * base]])
            # sharp corners: turning angle above ~60 degrees
            d = np.diff(p, axis=0) / seg[:, None]
            cosang = np.sum(d[1:] * d[:-1], axis=1)
            corners = arc[1:-1][cosang < 0.5]
            u = np.unique(np.concatenate([u, corners, [total]]))
            u = u[np.concatenate([[True], np.diff(u) > 0.25 * base])] if len(u) > 2 else u
            if u[-1] != total:
                u[-1] = total
            q = np.stack([np.interp(u, arc, p[:, 0]), np.interp(u, arc, p[:, 1])], axis=1)
            e = np.zeros(len(q))
            e[-1] = 1.0
            pts.append(q)
            eos.append(e)
        return np.concatenate(pts), np.concatenate(eos), size


def _merge(strokes, tol):
    """Join consecutive strokes whose end meets the next start (the pen keeps going)."""
    out = []
    for s in strokes:
        if out and np.linalg.norm(out[-1][-1] - s[0]) <= tol:
            out[-1] = np.concatenate([out[-1], s[1:] if np.allclose(out[-1][-1], s[0]) else s])
        else:
            out.append(s)
    return out


def line_rows(points, eos, size, gap):
    """(n,3) rows of (dx, dy, eos); the first row is the pen-up move from where the
    previous line ended (a word gap to the left on the baseline)."""
    prev = np.array([-gap, BASELINE * size])
    d = np.diff(np.vstack([prev, points]), axis=0)
    return np.column_stack([d, eos]).astype(np.float32)


def build(n_lines: int, seed: int, words=None):
    maker = LineMaker(seed, words)
    rows, starts = [], [0]
    for _ in range(n_lines):
        pts, eos, size = maker.line()
        r = line_rows(pts, eos, size, gap=maker.rng.uniform(8, 16) * size)
        rows.append(r)
        starts.append(starts[-1] + len(r))
    return np.concatenate(rows), np.array(starts, dtype=np.int64)
