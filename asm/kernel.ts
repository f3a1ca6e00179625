// AssemblyScript: the LSTM step and the mixture head with 128-bit SIMD (f32x4).
// All buffers live in linear memory; the host passes byte offsets. Writers are
// processed four at a time so each weight vector loaded serves four writers.
// Layouts (f32, row-major): wIh [G x 3], wHh [G x H], bias [G], wOut [O x H],
// bOut [O]; x [n x 3], h and c [n x H], gates scratch [n x G], out [n x O],
// with G = 4H and n rounded up to a multiple of 4 (padding rows are zero).

@inline function hsum(v: v128): f32 {
  return f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1) + f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3);
}

@inline function sigmoid(v: f32): f32 {
  return <f32>1.0 / (<f32>1.0 + Mathf.exp(-v));
}

@inline function tanhf(v: f32): f32 {
  // tanh via exp, stable for large |v|
  const e: f32 = Mathf.exp(<f32>-2.0 * Mathf.abs(v));
  const t: f32 = (<f32>1.0 - e) / (<f32>1.0 + e);
  return v < <f32>0 ? -t : t;
}

/** rows [0, rows) of W (each `cols` long, cols % 4 == 0) times the vectors of writers b..b+3 */
@inline function dot4(w: usize, v: usize, cols: i32, stride: usize, r: i32, out: usize, outStride: usize, bias: usize): void {
  const row = w + <usize>(r * cols) * 4;
  let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
  for (let k = 0; k < cols; k += 4) {
    const wk = v128.load(row + <usize>k * 4);
    const off = <usize>k * 4;
    a0 = f32x4.add(a0, f32x4.mul(wk, v128.load(v + off)));
    a1 = f32x4.add(a1, f32x4.mul(wk, v128.load(v + stride + off)));
    a2 = f32x4.add(a2, f32x4.mul(wk, v128.load(v + 2 * stride + off)));
    a3 = f32x4.add(a3, f32x4.mul(wk, v128.load(v + 3 * stride + off)));
  }
  const bb = load<f32>(bias + <usize>r * 4);
  const o = out + <usize>r * 4;
  store<f32>(o, bb + hsum(a0));
  store<f32>(o + outStride, bb + hsum(a1));
  store<f32>(o + 2 * outStride, bb + hsum(a2));
  store<f32>(o + 3 * outStride, bb + hsum(a3));
}

export function step(
  n: i32, H: i32, O: i32,
  wIh: usize, wHh: usize, bias: usize, wOut: usize, bOut: usize,
  x: usize, h: usize, c: usize, gates: usize, out: usize,
): void {
  const G = 4 * H;
  const hStride = <usize>H * 4, gStride = <usize>G * 4, oStride = <usize>O * 4;
  // gates = bias + W_hh h (SIMD), then + W_ih x (3 inputs, scalar)
  for (let b = 0; b < n; b += 4) {
    const hb = h + <usize>b * hStride;
    const gb = gates + <usize>b * gStride;
    for (let r = 0; r < G; r++) dot4(wHh, hb, H, hStride, r, gb, gStride, bias);
    for (let j = 0; j < 4; j++) {
      const xb = x + <usize>((b + j) * 3) * 4;
      const x0 = load<f32>(xb), x1 = load<f32>(xb + 4), x2 = load<f32>(xb + 8);
      const g = gb + <usize>j * gStride;
      for (let r = 0; r < G; r++) {
        const wi = wIh + <usize>(r * 3) * 4;
        const p = g + <usize>r * 4;
        store<f32>(p, load<f32>(p) + load<f32>(wi) * x0 + load<f32>(wi + 4) * x1 + load<f32>(wi + 8) * x2);
      }
    }
  }
  // cell update, gate order input, forget, cell, output
  for (let b = 0; b < n; b++) {
    const g = gates + <usize>b * gStride;
    const hb = h + <usize>b * hStride, cb = c + <usize>b * hStride;
    for (let k = 0; k < H; k++) {
      const o = <usize>k * 4;
      const ig = sigmoid(load<f32>(g + o));
      const fg = sigmoid(load<f32>(g + hStride + o));
      const gg = tanhf(load<f32>(g + 2 * hStride + o));
      const og = sigmoid(load<f32>(g + 3 * hStride + o));
      const cn = fg * load<f32>(cb + o) + ig * gg;
      store<f32>(cb + o, cn);
      store<f32>(hb + o, og * tanhf(cn));
    }
  }
  // head: out = b_out + W_out h
  for (let b = 0; b < n; b += 4) {
    const hb = h + <usize>b * hStride;
    const ob = out + <usize>b * oStride;
    for (let j = 0; j < O; j++) dot4(wOut, hb, H, hStride, j, ob, oStride, bOut);
  }
}
