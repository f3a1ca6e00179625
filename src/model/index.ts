/** The pen model: pure TypeScript, no DOM; runs in Node, the browser and workers. */
export { PenBatch, MAX_CELL, RANDOM_STATE_STD } from './batch.ts';
export { HandwritingModel, type Move, type PenState, type Pdf } from './facade.ts';
export { type StepKernel, TsKernel } from './kernel.ts';
export { MixtureBatch, MIN_TEMPERATURE, outputLayout } from './mixture.ts';
export { Rng } from './rng.ts';
export { sampleCategorical, sampleMove } from './sampler.ts';
export { WeightsError } from './manifest.ts';
export { type FetchedWeights, type PenWeights, fetchWeights, weightsFromBuffers } from './weights.ts';
