/**
 * The same step as TsKernel, in WebAssembly with 128-bit SIMD (asm/kernel.ts,
 * compiled by AssemblyScript). Weights are copied into the module's memory once;
 * each step gathers the stepped writers' rows into packed buffers (four writers
 * per SIMD pass), runs the module and scatters the results back.
 */
import type { StepKernel } from './kernel.ts';
import { KERNEL_WASM_BASE64 } from './wasm/kernel-wasm.ts';
import type { PenWeights } from './weights.ts';

type StepFn = (n: number, H: number, O: number, wIh: number, wHh: number, bias: number, wOut: number, bOut: number, x: number, h: number, c: number, gates: number, out: number) => void;

function decodeBase64(b64: string): Uint8Array {
  if (typeof atob === 'function') return Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

let bytes: Uint8Array | null = null;
const kernelBytes = () => (bytes ??= decodeBase64(KERNEL_WASM_BASE64));

/** True where WebAssembly with SIMD is available (Chrome 91+, Firefox 89+, Safari 16.4+, Node 16+). */
export function wasmSimdSupported(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(kernelBytes() as BufferSource);
  } catch {
    return false;
  }
}

export class WasmKernel implements StepKernel {
  readonly kind = 'wasm-simd';
  readonly hidden: number;
  readonly outputs: number;
  private readonly fn: StepFn;
  private readonly f32: Float32Array;
  private readonly at: Record<'wIh' | 'wHh' | 'bias' | 'wOut' | 'bOut' | 'x' | 'h' | 'c' | 'gates' | 'out', number>;

  constructor(w: PenWeights, capacity: number) {
    const H = w.hidden, O = w.outputs, G = 4 * H;
    if (H % 4 !== 0) throw new Error(`the SIMD kernel needs a hidden size divisible by 4, got ${H}`);
    this.hidden = H;
    this.outputs = O;
    const lanes = Math.ceil(Math.max(1, capacity) / 4) * 4;
    // byte offsets, 16-aligned, after the module's own first 64 KiB
    let next = 65536;
    const take = (floats: number) => {
      const o = next;
      next += Math.ceil((floats * 4) / 16) * 16;
      return o;
    };
    this.at = {
      wIh: take(G * 3), wHh: take(G * H), bias: take(G), wOut: take(O * H), bOut: take(O),
      x: take(lanes * 3), h: take(lanes * H), c: take(lanes * H), gates: take(lanes * G), out: take(lanes * O),
    };
    const instance = new WebAssembly.Instance(new WebAssembly.Module(kernelBytes() as BufferSource), {});
    const memory = instance.exports.memory as WebAssembly.Memory;
    const need = Math.ceil(next / 65536) - memory.buffer.byteLength / 65536;
    if (need > 0) memory.grow(need);
    this.fn = instance.exports.step as StepFn;
    this.f32 = new Float32Array(memory.buffer);
    const put = (o: number, a: Float32Array) => this.f32.set(a, o / 4);
    put(this.at.wIh, w.wIh);
    put(this.at.wHh, w.wHh);
    put(this.at.bias, w.bias);
    put(this.at.wOut, w.wOut);
    put(this.at.bOut, w.bOut);
  }

  step(rows: Int32Array, n: number, x: Float32Array, h: Float32Array, c: Float32Array, out: Float32Array): void {
    const H = this.hidden, O = this.outputs, m = this.f32, a = this.at;
    const X = a.x / 4, Hh = a.h / 4, C = a.c / 4, OUT = a.out / 4;
    for (let b = 0; b < n; b++) {
      const r = rows[b]!;
      m.set(h.subarray(r * H, r * H + H), Hh + b * H);
      m.set(c.subarray(r * H, r * H + H), C + b * H);
      m[X + b * 3] = x[r * 3]!;
      m[X + b * 3 + 1] = x[r * 3 + 1]!;
      m[X + b * 3 + 2] = x[r * 3 + 2]!;
    }
    const lanes = Math.ceil(n / 4) * 4;
    if (lanes > n) {
      m.fill(0, Hh + n * H, Hh + lanes * H);
      m.fill(0, X + n * 3, X + lanes * 3);
    }
    this.fn(lanes, H, O, a.wIh, a.wHh, a.bias, a.wOut, a.bOut, a.x, a.h, a.c, a.gates, a.out);
    for (let b = 0; b < n; b++) {
      const r = rows[b]!;
      h.set(m.subarray(Hh + b * H, Hh + b * H + H), r * H);
      c.set(m.subarray(C + b * H, C + b * H + H), r * H);
      out.set(m.subarray(OUT + b * O, OUT + b * O + O), r * O);
    }
  }
}
