/**
 * The TypeScript engine against PyTorch on the shipped weights. The golden file
 * was computed in float64 from the same float16 weights, so the only difference
 * is our float32 storage of h and c between steps (relative error ~6e-8 per
 * step) and, in the SIMD kernel, float32 sums of 256 products (~1e-6 relative):
 * 1e-4 leaves two orders of magnitude of room over 12 steps.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { PenBatch } from '../../src/model/batch.ts';
import { HandwritingModel } from '../../src/model/facade.ts';
import { readJson, shippedWeights } from './helpers.ts';

const vec = z.array(z.number());
const golden = z
  .object({
    inputs: z.array(z.tuple([z.number(), z.number(), z.number()])),
    steps: z.array(z.object({ h: vec, c: vec, eos: z.number(), pi: vec, muX: vec, muY: vec, sigmaX: vec, sigmaY: vec, rho: vec })),
  })
  .parse(readJson('../../weights/golden.json'));

const TOL = 1e-4;
function expectClose(actual: ArrayLike<number>, expected: number[], what: string) {
  expect(actual.length, what).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!, a = actual[i]!;
    if (Math.abs(a - e) > TOL * Math.max(1, Math.abs(e))) throw new Error(`${what}[${i}]: ${a} vs PyTorch ${e}`);
  }
}

describe.each(['ts', 'wasm'] as const)('golden vectors from the exporter (%s kernel)', (kernel) => {
  it('the batched engine reproduces PyTorch states and mixtures step by step', async () => {
    const w = await shippedWeights();
    const b = new PenBatch(w, 3, 1, kernel);
    // the golden writer in slot 1 between two other writers: batching must not mix them
    for (const i of [0, 1, 2]) b.zeroState(i);
    const M = w.mixtures, H = w.hidden;
    golden.inputs.forEach((inp, t) => {
      b.x.set(inp, 3);
      b.x.set([0.3, -0.2, 0], 0);
      b.x.set([-1, 0.5, 1], 6);
      b.stepState(3);
      b.temperature[1] = 1;
      b.buildPdf(3);
      const g = golden.steps[t]!;
      expectClose(b.h.subarray(H, 2 * H), g.h, `step ${t} h`);
      expectClose(b.c.subarray(H, 2 * H), g.c, `step ${t} c`);
      expectClose([b.pdf.eos[1]!], [g.eos], `step ${t} eos`);
      expectClose(b.pdf.pi.subarray(M, 2 * M), g.pi, `step ${t} pi`);
      expectClose(b.pdf.muX.subarray(M, 2 * M), g.muX, `step ${t} muX`);
      expectClose(b.pdf.muY.subarray(M, 2 * M), g.muY, `step ${t} muY`);
      expectClose(b.pdf.sigmaX.subarray(M, 2 * M), g.sigmaX, `step ${t} sigmaX`);
      expectClose(b.pdf.sigmaY.subarray(M, 2 * M), g.sigmaY, `step ${t} sigmaY`);
      expectClose(b.pdf.rho.subarray(M, 2 * M), g.rho, `step ${t} rho`);
    });
  });

});

describe('the artist facade', () => {
  it('gives the same states as PyTorch after priming', async () => {
    const w = await shippedWeights();
    const m = new HandwritingModel(w);
    let s = m.zeroState();
    s = m.prime(golden.inputs, s);
    expectClose(s.h, golden.steps[golden.inputs.length - 1]!.h, 'primed h');
  });
});
