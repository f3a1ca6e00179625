/**
 * The weights manifest (weights/manifest.json), parsed from unknown JSON into a
 * typed value. Shapes of the tensors are checked against the architecture in
 * weights.ts, where the binary is read.
 */
import * as z from 'zod';

const tensorEntry = z.object({
  name: z.string(),
  shape: z.array(z.number().int().nonnegative()),
  dtype: z.enum(['float16', 'float32']),
  offset: z.number().int().nonnegative(),
  byteLength: z.number().int().nonnegative(),
});

export const manifestSchema = z.object({
  format: z.literal('scriptorium-pen-model'),
  version: z.literal(1),
  architecture: z.object({
    type: z.literal('lstm-mdn'),
    layers: z.literal(1),
    inputs: z.literal(3),
    hidden: z.number().int().positive(),
    mixtures: z.number().int().positive(),
    outputs: z.number().int().positive(),
  }),
  units: z.object({
    fontUnitsPerModelUnitX: z.number().positive(),
    fontUnitsPerModelUnitY: z.number().positive(),
    lineHeightFontUnits: z.number().positive(),
  }),
  file: z.string(),
  byteLength: z.number().int().nonnegative(),
  tensors: z.array(tensorEntry),
  training: z.record(z.string(), z.unknown()).optional(),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type TensorEntry = z.infer<typeof tensorEntry>;

export class WeightsError extends Error {
  override name = 'WeightsError';
}

export function parseManifest(json: unknown): Manifest {
  const r = manifestSchema.safeParse(json);
  if (!r.success) {
    const first = r.error.issues[0];
    const where = first ? first.path.join('.') || '(top level)' : '?';
    throw new WeightsError(`weights manifest is not valid: ${where}: ${first?.message ?? 'unknown problem'}`);
  }
  if (r.data.architecture.outputs !== 1 + 6 * r.data.architecture.mixtures) {
    throw new WeightsError(
      `weights manifest: architecture.outputs is ${r.data.architecture.outputs}, expected 1 + 6 x mixtures = ${1 + 6 * r.data.architecture.mixtures}`,
    );
  }
  return r.data;
}
