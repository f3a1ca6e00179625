"""Export a trained checkpoint into weights/: manifest.json, pen-model.bin (float16),
golden.json (PyTorch's states and mixture parameters for a fixed input, for the
TypeScript tests).

    /usr/bin/python3 train/export.py train/runs/main/best.pt weights/
"""
import argparse
import datetime
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).parent))
import data  # noqa: E402
from model import PenModel  # noqa: E402

LINE_HEIGHT_FONT_UNITS = 32.0  # ascender-to-next-line distance of the script faces, in font units


def tensors_of(model):
    sd = {k: v.detach().double() for k, v in model.state_dict().items()}
    return [
        ("lstm.weight_ih", sd["lstm.weight_ih_l0"]),
        ("lstm.weight_hh", sd["lstm.weight_hh_l0"]),
        ("lstm.bias", sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"]),
        ("head.weight", sd["head.weight"]),
        ("head.bias", sd["head.bias"]),
    ]


def golden(model_f64, scale, steps=12):
    """States and mixture parameters for a fixed input, from the float16-rounded weights."""
    rows, _ = data.build(1, 99, ["golden"])
    x = rows[:steps].astype(np.float64).copy()
    x[:, :2] /= scale
    m = model_f64.mixtures
    h = torch.zeros(1, 1, model_f64.hidden, dtype=torch.float64)
    c = torch.zeros_like(h)
    out_steps = []
    with torch.no_grad():
        for t in range(steps):
            inp = torch.from_numpy(x[t:t + 1]).view(1, 1, 3)
            out, (h, c) = model_f64(inp, (h, c))
            o = out[0, 0]
            eos, pi, mx, my, lsx, lsy, rho = model_f64.split(o)
            out_steps.append(dict(
                h=h[0, 0].tolist(), c=c[0, 0].tolist(),
                eos=torch.sigmoid(eos).item(), pi=torch.softmax(pi, -1).tolist(),
                muX=mx.tolist(), muY=my.tolist(), sigmaX=torch.exp(lsx).tolist(), sigmaY=torch.exp(lsy).tolist(),
                rho=rho.tolist(), raw=o.tolist()))
    return dict(note="zero initial state; inputs in model units; temperature 1; weights as shipped (float16)",
                inputs=x.tolist(), steps=out_steps)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("checkpoint")
    ap.add_argument("out")
    ap.add_argument("--command", default="OPENBLAS_NUM_THREADS=1 /usr/bin/python3 train/train.py --run runs/main --steps 12000")
    a = ap.parse_args()
    ck = torch.load(a.checkpoint)
    args = ck["args"]
    model = PenModel(args["hidden"], args["mixtures"])
    model.load_state_dict(ck["model"])
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)

    blob, entries, offset = bytearray(), [], 0
    rounded = {}
    for name, t in tensors_of(model):
        half = t.numpy().astype("<f2")
        rounded[name] = torch.from_numpy(half.astype(np.float64))
        b = half.tobytes()
        entries.append(dict(name=name, shape=list(half.shape), dtype="float16", offset=offset, byteLength=len(b)))
        blob += b
        offset += len(b)
    (out / "pen-model.bin").write_bytes(bytes(blob))

    # the float64 twin of the shipped (float16) weights, for the golden vectors
    m64 = PenModel(args["hidden"], args["mixtures"]).double()
    sd = m64.state_dict()
    sd["lstm.weight_ih_l0"] = rounded["lstm.weight_ih"]
    sd["lstm.weight_hh_l0"] = rounded["lstm.weight_hh"]
    sd["lstm.bias_ih_l0"] = rounded["lstm.bias"]
    sd["lstm.bias_hh_l0"] = torch.zeros_like(rounded["lstm.bias"])
    sd["head.weight"] = rounded["head.weight"]
    sd["head.bias"] = rounded["head.bias"]
    m64.load_state_dict(sd)
    scale = np.asarray(ck["scale"], dtype=np.float64)
    (out / "golden.json").write_text(json.dumps(golden(m64, scale)))

    M, H = args["mixtures"], args["hidden"]
    manifest = dict(
        format="scriptorium-pen-model", version=1,
        architecture=dict(type="lstm-mdn", layers=1, inputs=3, hidden=H, mixtures=M, outputs=1 + 6 * M,
                          gateOrder="input,forget,cell,output", parameters=int(ck["params"])),
        outputLayout=dict(eosLogit=0, mixtureLogits=1, muX=1 + M, muY=1 + 2 * M, logSigmaX=1 + 3 * M,
                          logSigmaY=1 + 4 * M, rhoPreTanh=1 + 5 * M),
        units=dict(description="model units = Hershey font units divided by the per-axis data scale; y points down",
                   fontUnitsPerModelUnitX=float(scale[0]), fontUnitsPerModelUnitY=float(scale[1]),
                   lineHeightFontUnits=LINE_HEIGHT_FONT_UNITS),
        file="pen-model.bin", byteLength=len(blob), sha256=hashlib.sha256(bytes(blob)).hexdigest(),
        tensors=entries,
        training=dict(command=a.command, data="Debian hershey-fonts-data (scripts, cursive) + wamerican word list, "
                      "synthetic augmented lines (train/data.py)", lines=args["lines"], heldOutLines=args["held_lines"],
                      seed=args["seed"], steps=int(ck["step"]), batch=args["batch"], window=args["window"],
                      heldOutLossNatsPerPoint=round(float(ck["held"]), 4),
                      exported=datetime.date.today().isoformat()),
    )
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"exported step {ck['step']} held-out {ck['held']:.3f} -> {out} ({len(blob):,} bytes)")


if __name__ == "__main__":
    main()
