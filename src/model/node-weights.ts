/** Load weights from disk in Node (tests, benchmarks, the sample sheet). */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { WeightsError } from './manifest.ts';
import { type PenWeights, weightsFromBuffers } from './weights.ts';

export async function readWeights(manifestPath: string): Promise<PenWeights> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch (e) {
    throw new WeightsError(`cannot read ${manifestPath}: ${(e as Error).message}`);
  }
  const file = typeof json === 'object' && json && 'file' in json && typeof json.file === 'string' ? json.file : '';
  const buf = await readFile(join(dirname(manifestPath), file)).catch((e: Error) => {
    throw new WeightsError(`cannot read the tensor file of ${manifestPath}: ${e.message}`);
  });
  return weightsFromBuffers(json, buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}
