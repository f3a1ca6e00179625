/**
 * A worker_threads worker that owns half of the writers and steps them on
 * request, for the two-core figures of the benchmark (the page would do the same
 * with a Web Worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PenBatch } from '../src/model/batch.ts';
import { readWeights } from '../src/model/node-weights.ts';

const { manifest, writers, seed } = workerData as { manifest: string; writers: number; seed: number };
const w = await readWeights(manifest);
const b = new PenBatch(w, writers, seed, 'wasm');
for (let i = 0; i < writers; i++) b.randomState(i);
parentPort!.on('message', (steps: number) => {
  for (let s = 0; s < steps; s++) b.step(writers);
  parentPort!.postMessage(steps * writers);
});
parentPort!.postMessage(0);
