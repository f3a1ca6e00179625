import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PenBatch } from '../../src/model/batch.ts';
import { wasmSimdSupported } from '../../src/model/wasm-kernel.ts';
import { shippedWeights } from './helpers.ts';

describe('WebAssembly SIMD kernel', () => {
  it('runs here, and is what the engine picks by default', async () => {
    expect(wasmSimdSupported()).toBe(true);
    expect(new PenBatch(await shippedWeights(), 4).kernelKind).toBe('wasm-simd');
  });

  it('agrees with the TypeScript kernel step by step on the shipped model', async () => {
    const w = await shippedWeights();
    const n = 11; // not a multiple of 4: padding lanes must not leak
    const ts = new PenBatch(w, n, 3, 'ts');
    const simd = new PenBatch(w, n, 3, 'wasm');
    for (let i = 0; i < n; i++) {
      ts.randomState(i);
      simd.randomState(i);
    }
    let worst = 0;
    for (let s = 0; s < 300; s++) {
      // both kernels get the same state and input each step (the TS engine's free
      // writing), so differences cannot compound: this measures one step's agreement
      simd.h.set(ts.h);
      simd.c.set(ts.c);
      simd.x.set(ts.x);
      ts.step(n);
      simd.stepState(n);
      for (let k = 0; k < ts.h.length; k++) worst = Math.max(worst, Math.abs(ts.h[k]! - simd.h[k]!), Math.abs(ts.c[k]! - simd.c[k]!) / Math.max(1, Math.abs(ts.c[k]!)));
      for (let k = 0; k < n * w.outputs; k++) worst = Math.max(worst, Math.abs(ts.out[k]! - simd.out[k]!) / Math.max(1, Math.abs(ts.out[k]!)));
    }
    console.log(`largest difference between the kernels over 300 steps x ${n} writers: ${worst.toExponential(2)}`);
    expect(worst).toBeLessThan(1e-4);
  });

  it('the committed module is what the AssemblyScript source builds to', async () => {
    // @ts-expect-error plain JS build script
    const { buildWasm, moduleSource } = (await import('../../scripts/build-wasm.mjs')) as { buildWasm(): Buffer; moduleSource(b: Buffer): string };
    const committed = readFileSync(new URL('../../src/model/wasm/kernel-wasm.ts', import.meta.url), 'utf8');
    expect(moduleSource(buildWasm())).toBe(committed);
  }, 60_000);
});
