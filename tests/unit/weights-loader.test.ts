import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { weightsFromBuffers } from '../../src/model/weights.ts';
import { MANIFEST } from './helpers.ts';

const manifest = () => JSON.parse(readFileSync(MANIFEST, 'utf8')) as { tensors: Array<{ name: string; shape: number[]; dtype: string }>; byteLength: number };
const binary = () => {
  const b = readFileSync(new URL('../../weights/pen-model.bin', import.meta.url));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

describe('weights loader', () => {
  it('loads the shipped model', () => {
    const w = weightsFromBuffers(manifest(), binary());
    expect(w.wHh.length).toBe(4 * w.hidden * w.hidden);
  });

  it('a truncated file names the problem', () => {
    expect(() => weightsFromBuffers(manifest(), binary().slice(0, 1000))).toThrow(/pen-model\.bin has 1000 bytes, the manifest expects \d+ \(truncated/);
  });

  it('a truncated file with a matching manifest names the tensor that runs past the end', () => {
    const m = manifest();
    m.byteLength = 10000; // inside lstm.weight_hh, which starts after the 6144 bytes of weight_ih
    expect(() => weightsFromBuffers(m, binary().slice(0, 10000))).toThrow(/tensor lstm\.weight_hh \[1024, 256\] runs past the end/);
  });

  it('a wrong shape names the tensor, expected and actual shape', () => {
    const m = manifest();
    m.tensors.find((t) => t.name === 'head.weight')!.shape = [121, 255];
    expect(() => weightsFromBuffers(m, binary())).toThrow('tensor head.weight: expected shape [121, 256], file has [121, 255]');
  });

  it('a missing tensor is named with its shape', () => {
    const m = manifest();
    m.tensors = m.tensors.filter((t) => t.name !== 'lstm.bias');
    expect(() => weightsFromBuffers(m, binary())).toThrow('tensor lstm.bias [1024] is missing from the manifest');
  });

  it('a wrong dtype is named', () => {
    const m = manifest();
    m.tensors[0]!.dtype = 'int8';
    expect(() => weightsFromBuffers(m, binary())).toThrow(/tensors\.0\.dtype/);
    m.tensors[0]!.dtype = 'float32';
    expect(() => weightsFromBuffers(m, binary())).toThrow(/tensor lstm\.weight_ih: shape \[1024, 3\] as float32 needs 12288 bytes, manifest says 6144/);
  });
});
