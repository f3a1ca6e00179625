/**
 * Writer-steps per second of the TypeScript engine on the shipped model, one core,
 * for several batch sizes, beside a naive one-writer-at-a-time loop in the same run.
 * A writer-step is the full step: gates, cell, head, mixture and sampling.
 */
import { PenBatch } from '../src/model/batch.ts';
import { MixtureBatch } from '../src/model/mixture.ts';
import { readWeights } from '../src/model/node-weights.ts';
import { Rng } from '../src/model/rng.ts';
import { sampleMove } from '../src/model/sampler.ts';
import { naiveStep } from './naive.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 1.5);
const w = await readWeights(new URL('../weights/manifest.json', import.meta.url).pathname);

function timeIt(fn: () => number): number {
  // warm up, then count writer-steps for SECONDS
  const warm = performance.now();
  while (performance.now() - warm < 300) fn();
  let steps = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < SECONDS * 1000) {
    steps += fn();
    t = performance.now();
  }
  return steps / ((t - t0) / 1000);
}

function batched(n: number, kernel: 'ts' | 'wasm' = 'ts'): number {
  const b = new PenBatch(w, n, 1, kernel);
  for (let i = 0; i < n; i++) b.randomState(i);
  return timeIt(() => {
    b.step(n);
    return n;
  });
}

function oneAtATime(n: number): number {
  const bs = Array.from({ length: n }, (_, i) => new PenBatch(w, 1, i, 'ts'));
  bs.forEach((b) => b.randomState(0));
  return timeIt(() => {
    for (const b of bs) b.step(1);
    return n;
  });
}

function naive(n: number): number {
  const rng = new Rng(1);
  const pdf = new MixtureBatch(w.mixtures, 1);
  const move = new Float32Array(3);
  const ws = Array.from({ length: n }, () => ({ x: [0, 0, 1], h: new Array<number>(w.hidden).fill(0), c: new Array<number>(w.hidden).fill(0) }));
  return timeIt(() => {
    for (const s of ws) {
      const r = naiveStep(w, s.x, s.h, s.c);
      s.h = r.h;
      s.c = r.c;
      pdf.setFromOutputs(0, Float32Array.from(r.out), 0, 0.5);
      sampleMove(pdf, 0, rng, move, 0);
      s.x = [move[0]!, move[1]!, move[2]!];
    }
    return n;
  });
}

/** Two worker_threads, each stepping half of the writers with the SIMD kernel, in lock step. */
async function twoWorkers(n: number): Promise<number> {
  const { Worker } = await import('node:worker_threads');
  const manifest = new URL('../weights/manifest.json', import.meta.url).pathname;
  const half = [Math.ceil(n / 2), Math.floor(n / 2)].filter((k) => k > 0);
  const workers = half.map((k, i) => new Worker(new URL('./step-worker.mjs', import.meta.url), { workerData: { manifest, writers: k, seed: i + 1 } }));
  await Promise.all(workers.map((wk) => new Promise((r) => wk.once('message', r))));
  const round = (steps: number) => Promise.all(workers.map((wk) => new Promise<number>((r) => { wk.once('message', r); wk.postMessage(steps); }))).then((xs) => xs.reduce((a, b) => a + b, 0));
  await round(20);
  const t0 = performance.now();
  let done = 0;
  while (performance.now() - t0 < SECONDS * 1000) done += await round(10);
  const rate = done / ((performance.now() - t0) / 1000);
  await Promise.all(workers.map((wk) => wk.terminate()));
  return rate;
}

const flopsPerStep = 2 * (4 * w.hidden * (w.hidden + 3) + w.outputs * w.hidden);
console.log(`model: 1x${w.hidden} LSTM, ${w.mixtures} mixtures, ${(flopsPerStep / 1e6).toFixed(2)} MFLOP per writer-step; ${SECONDS}s per cell`);
console.log('');
console.log('| batch | naive loop | one at a time (TS kernel) | batched TS | batched SIMD | SIMD on 2 workers | TS / naive | SIMD / TS | 2 workers / SIMD | SIMD GFLOP/s |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of [1, 8, 32, 64, 128]) {
  const a = naive(Math.min(n, 32)), o = oneAtATime(Math.min(n, 32)), b = batched(n), simd = batched(n, 'wasm');
  const two = n >= 2 ? await twoWorkers(n) : NaN;
  console.log(`| ${n} | ${a.toFixed(0)} | ${o.toFixed(0)} | ${b.toFixed(0)} | ${simd.toFixed(0)} | ${Number.isNaN(two) ? '-' : two.toFixed(0)} | ${(b / a).toFixed(1)}x | ${(simd / b).toFixed(1)}x | ${Number.isNaN(two) ? '-' : `${(two / simd).toFixed(2)}x`} | ${((simd * flopsPerStep) / 1e9).toFixed(1)} |`);
}
// the issues' targets are stated for a 1x400 model: the same kernels on random weights of that size
{
  const H = 400, O = w.outputs;
  const rnd = (n: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898) * 0.05);
  const big = { ...w, hidden: H, wIh: rnd(4 * H * 3), wHh: rnd(4 * H * H), bias: rnd(4 * H), wOut: rnd(O * H), bOut: rnd(O) };
  const rate = (kernel: 'ts' | 'wasm') => {
    const b = new PenBatch(big, 32, 1, kernel);
    for (let i = 0; i < 32; i++) b.randomState(i);
    return timeIt(() => {
      b.step(32);
      return 32;
    });
  };
  const ts400 = rate('ts'), simd400 = rate('wasm');
  console.log(`\n1x400-sized model (random weights, ${((2 * (4 * H * (H + 3) + O * H)) / 1e6).toFixed(2)} MFLOP/step), batch 32, one core: TypeScript ${ts400.toFixed(0)} writer-steps/s, SIMD ${simd400.toFixed(0)} writer-steps/s`);
}
console.log('\nwriter-steps per second; a writer-step is the full step (gates, cell, head, mixture, sampling). The naive and one-at-a-time loops run at most 32 writers.');
