/**
 * Model weights as Float32Arrays, read from the manifest and the binary tensor
 * file. Every tensor is checked by name, shape, dtype and size so that a
 * truncated or mismatched file fails with a message naming what is wrong.
 */
import { type Manifest, type TensorEntry, WeightsError, parseManifest } from './manifest.ts';

export interface PenWeights {
  readonly hidden: number;
  readonly mixtures: number;
  readonly outputs: number;
  /** [4H x 3] row-major, gates in the order input, forget, cell, output */
  readonly wIh: Float32Array;
  /** [4H x H] row-major */
  readonly wHh: Float32Array;
  /** [4H], the two PyTorch biases summed */
  readonly bias: Float32Array;
  /** [O x H] row-major */
  readonly wOut: Float32Array;
  /** [O] */
  readonly bOut: Float32Array;
  /** font units per model unit, per axis */
  readonly scaleX: number;
  readonly scaleY: number;
  readonly lineHeightFontUnits: number;
  readonly manifest: Manifest;
}

function expectedShapes(hidden: number, outputs: number): Record<string, number[]> {
  return {
    'lstm.weight_ih': [4 * hidden, 3],
    'lstm.weight_hh': [4 * hidden, hidden],
    'lstm.bias': [4 * hidden],
    'head.weight': [outputs, hidden],
    'head.bias': [outputs],
  };
}

const fmt = (s: readonly number[]) => `[${s.join(', ')}]`;

/** IEEE 754 half to float (subnormals, infinities and NaN included). */
function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

function readTensor(entry: TensorEntry, bin: ArrayBuffer, file: string): Float32Array {
  const count = entry.shape.reduce((a, b) => a * b, 1);
  const bytesPer = entry.dtype === 'float16' ? 2 : 4;
  if (entry.byteLength !== count * bytesPer) {
    throw new WeightsError(
      `tensor ${entry.name}: shape ${fmt(entry.shape)} as ${entry.dtype} needs ${count * bytesPer} bytes, manifest says ${entry.byteLength}`,
    );
  }
  if (entry.offset + entry.byteLength > bin.byteLength) {
    throw new WeightsError(
      `tensor ${entry.name} ${fmt(entry.shape)} runs past the end of ${file}: needs bytes ${entry.offset}-${entry.offset + entry.byteLength}, file has ${bin.byteLength} (truncated?)`,
    );
  }
  const view = new DataView(bin, entry.offset, entry.byteLength);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    out[i] = bytesPer === 2 ? halfToFloat(view.getUint16(2 * i, true)) : view.getFloat32(4 * i, true);
  }
  return out;
}

/** Build weights from an already-read manifest (unknown JSON) and binary. */
export function weightsFromBuffers(manifestJson: unknown, bin: ArrayBuffer): PenWeights {
  const m = parseManifest(manifestJson);
  const { hidden, outputs, mixtures } = m.architecture;
  if (bin.byteLength !== m.byteLength) {
    throw new WeightsError(
      `${m.file} has ${bin.byteLength} bytes, the manifest expects ${m.byteLength} (truncated or from another model?)`,
    );
  }
  const shapes = expectedShapes(hidden, outputs);
  const t: Record<string, Float32Array> = {};
  for (const [name, shape] of Object.entries(shapes)) {
    const entry = m.tensors.find((e) => e.name === name);
    if (!entry) throw new WeightsError(`tensor ${name} ${fmt(shape)} is missing from the manifest`);
    if (entry.shape.length !== shape.length || entry.shape.some((d, i) => d !== shape[i])) {
      throw new WeightsError(`tensor ${name}: expected shape ${fmt(shape)}, file has ${fmt(entry.shape)}`);
    }
    t[name] = readTensor(entry, bin, m.file);
  }
  for (const [name, arr] of Object.entries(t)) {
    const bad = arr.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new WeightsError(`tensor ${name} holds a non-finite value at index ${bad}`);
  }
  return {
    hidden,
    mixtures,
    outputs,
    wIh: t['lstm.weight_ih']!,
    wHh: t['lstm.weight_hh']!,
    bias: t['lstm.bias']!,
    wOut: t['head.weight']!,
    bOut: t['head.bias']!,
    scaleX: m.units.fontUnitsPerModelUnitX,
    scaleY: m.units.fontUnitsPerModelUnitY,
    lineHeightFontUnits: m.units.lineHeightFontUnits,
    manifest: m,
  };
}

/** The two files as fetched, and the weights built from them (the page hands the raw files to its worker). */
export interface FetchedWeights {
  weights: PenWeights;
  manifest: unknown;
  bin: ArrayBuffer;
}

/** Load by fetch (browser, worker): `base` is the folder holding manifest.json. */
export async function fetchWeights(base: string, fetchFn: typeof fetch = fetch): Promise<FetchedWeights> {
  const mRes = await fetchFn(`${base}/manifest.json`, { cache: 'no-store' });
  if (!mRes.ok) throw new WeightsError(`cannot load ${base}/manifest.json: HTTP ${mRes.status}`);
  let manifest: unknown;
  try {
    manifest = await mRes.json();
  } catch {
    throw new WeightsError(`${base}/manifest.json is not valid JSON`);
  }
  const file = parseManifest(manifest).file;
  const bRes = await fetchFn(`${base}/${file}`, { cache: 'no-store' });
  if (!bRes.ok) throw new WeightsError(`cannot load ${base}/${file}: HTTP ${bRes.status}`);
  const bin = await bRes.arrayBuffer();
  return { weights: weightsFromBuffers(manifest, bin), manifest, bin };
}
