/** The fastest kernel this runtime can run: WebAssembly SIMD, else plain TypeScript. */
import { type KernelChoice, type StepKernel, TsKernel } from './kernel.ts';
import { WasmKernel, wasmSimdSupported } from './wasm-kernel.ts';
import type { PenWeights } from './weights.ts';

export function createKernel(w: PenWeights, capacity: number, choice: KernelChoice = 'auto'): StepKernel {
  if (choice === 'ts') return new TsKernel(w, capacity);
  if (choice === 'wasm' || (choice === 'auto' && wasmSimdSupported() && w.hidden % 4 === 0)) return new WasmKernel(w, capacity);
  return new TsKernel(w, capacity);
}
