import { readFileSync } from 'node:fs';
import { readWeights } from '../../src/model/node-weights.ts';

export const MANIFEST = new URL('../../weights/manifest.json', import.meta.url).pathname;
export const shippedWeights = () => readWeights(MANIFEST);
export const readJson = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8'));
