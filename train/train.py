"""Train the Scriptorium pen model. Checkpoints often; rerun the same command to resume.

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 train/train.py --run runs/main
"""
import argparse
import json
import math
import os
import signal
import sys
import time
import zlib
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).parent))
import data  # noqa: E402
from model import PenModel, nll  # noqa: E402

HERE = Path(__file__).parent


def split_words():
    """Dictionary words are split by a hash so held-out lines use unseen words."""
    words = data.load_words()
    train = [w for w in words if zlib.crc32(w.encode()) % 10 != 0]
    held = [w for w in words if zlib.crc32(w.encode()) % 10 == 0]
    return train, held


def dataset(args):
    cache = HERE / "cache" / f"data-{args.lines}-{args.seed}.npz"
    if cache.exists():
        z = np.load(cache)
        return z["rows"], z["starts"], z["held_rows"], z["held_starts"]
    cache.parent.mkdir(exist_ok=True)
    train_words, held_words = split_words()
    t = time.time()
    rows, starts = data.build(args.lines, args.seed, train_words)
    held_rows, held_starts = data.build(args.held_lines, args.seed + 1000, held_words)
    print(f"generated {args.lines} + {args.held_lines} lines, {len(rows):,} points in {time.time() - t:.0f}s", flush=True)
    np.savez(cache, rows=rows, starts=starts, held_rows=held_rows, held_starts=held_starts)
    return rows, starts, held_rows, held_starts


def streams(rows, starts, slots, order_seed):
    """Lines in a shuffled order, cut into `slots` long streams of equal length."""
    order = np.random.default_rng(order_seed).permutation(len(starts) - 1)
    cat = np.concatenate([rows[starts[i]:starts[i + 1]] for i in order])
    per = len(cat) // slots
    return cat[:per * slots].reshape(slots, per, 3)


def normalise(x, scale):
    y = x.copy()
    y[..., :2] /= scale
    return y


@torch.no_grad()
def held_out_loss(model, held, scale, window=1000):
    model.eval()
    s = torch.from_numpy(normalise(held, scale))
    state, total, n = None, 0.0, 0
    for t0 in range(0, s.shape[1] - 1, window):
        x = s[:, t0:t0 + window]
        y = s[:, t0 + 1:t0 + window + 1]
        x = x[:, :y.shape[1]]
        out, state = model(x, state)
        loss, _, _ = nll(model, out, y)
        total += loss.item() * y.shape[1]
        n += y.shape[1]
    model.train()
    return total / n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", default="runs/main")
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--mixtures", type=int, default=20)
    ap.add_argument("--lines", type=int, default=24000)
    ap.add_argument("--held-lines", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--window", type=int, default=300)
    ap.add_argument("--steps", type=int, default=10000)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--clip", type=float, default=10.0)
    ap.add_argument("--reset-prob", type=float, default=0.02,
                    help="chance per slot and window that its state is replaced by noise, so restarts from random states work")
    args = ap.parse_args()
    torch.set_num_threads(1)
    run = HERE / args.run
    run.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(args.seed)

    rows, starts, held_rows, held_starts = dataset(args)
    scale = rows[:, :2].std(axis=0).astype(np.float32)
    held = streams(held_rows, held_starts, 16, args.seed)

    model = PenModel(args.hidden, args.mixtures)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    n_params = sum(p.numel() for p in model.parameters())
    ckpt_path = run / "checkpoint.pt"
    step, epoch, pos, state, best, history = 0, 0, 0, None, math.inf, []
    if ckpt_path.exists():
        ck = torch.load(ckpt_path)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])
        step, epoch, pos, state = ck["step"], ck["epoch"], ck["pos"], ck["state"]
        best, history = ck["best"], ck["history"]
        torch.set_rng_state(ck["torch_rng"])
        print(f"resumed at step {step} (epoch {epoch}, best held-out {best:.3f})", flush=True)
    else:
        print(f"new run: 1x{args.hidden} LSTM, {args.mixtures} mixtures, {n_params:,} parameters", flush=True)
    (run / "args.json").write_text(json.dumps(vars(args), indent=1))
    np.save(run / "scale.npy", scale)

    stream = torch.from_numpy(normalise(streams(rows, starts, args.batch, args.seed + epoch), scale))

    def save():
        tmp = run / "checkpoint.tmp"
        torch.save(dict(model=model.state_dict(), opt=opt.state_dict(), step=step, epoch=epoch, pos=pos,
                        state=state, best=best, history=history, torch_rng=torch.get_rng_state(),
                        args=vars(args), scale=scale, params=n_params), tmp)
        os.replace(tmp, ckpt_path)

    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    signal.signal(signal.SIGINT, lambda *_: stop.update(now=True))

    t_log, seen, acc = time.time(), 0, []
    while step < args.steps and not stop["now"]:
        if pos + args.window + 1 > stream.shape[1]:
            epoch, pos, state = epoch + 1, 0, None
            stream = torch.from_numpy(normalise(streams(rows, starts, args.batch, args.seed + epoch), scale))
        # learning rate: flat, then cosine down to 10% over the second half
        frac = step / args.steps
        lr = args.lr if frac < 0.5 else args.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * (frac - 0.5) / 0.5)))
        for g in opt.param_groups:
            g["lr"] = lr
        x = stream[:, pos:pos + args.window]
        y = stream[:, pos + 1:pos + args.window + 1]
        if state is not None and args.reset_prob > 0:
            mask = (torch.rand(args.batch) < args.reset_prob).float().view(1, -1, 1)
            h, c = state
            state = (h * (1 - mask) + mask * torch.randn_like(h) * 0.5, c * (1 - mask) + mask * torch.randn_like(c) * 0.5)
        out, state = model(x, state)
        state = (state[0].detach(), state[1].detach())
        loss, lm, lp = nll(model, out, y)
        opt.zero_grad()
        loss.backward()
        gn = torch.nn.utils.clip_grad_norm_(model.parameters(), args.clip)
        opt.step()
        pos += args.window
        step += 1
        seen += 1
        acc.append((loss.item(), lm.item(), lp.item(), float(gn)))
        if step % 50 == 0:
            dt = time.time() - t_log
            a = np.mean(acc, axis=0)
            print(f"step {step} epoch {epoch} loss/pt {a[0]:.3f} (offset {a[1]:.3f} pen {a[2]:.3f}) "
                  f"grad {a[3]:.1f} lr {lr:.2e} {seen / dt:.2f} batches/s {seen * args.batch * args.window / dt:,.0f} points/s",
                  flush=True)
            t_log, seen, acc = time.time(), 0, []
        if step % 250 == 0 or step == args.steps:
            hl = held_out_loss(model, held, scale)
            history.append((step, hl))
            print(f"step {step} held-out loss/pt {hl:.3f}", flush=True)
            if hl < best:
                best = hl
                torch.save(dict(model=model.state_dict(), step=step, held=hl, args=vars(args), scale=scale,
                                params=n_params), run / "best.pt")
            save()
    save()
    print(f"stopped at step {step}; best held-out {best:.3f} nats/point", flush=True)


if __name__ == "__main__":
    main()
