/**
 * Ghost continuations of one writer: copies of its state written forward a few
 * steps with their own random streams, so the real writer's state and random
 * stream are never touched. They are built a few steps per frame (so a frame
 * never pays for all of them at once) and shown when complete.
 */
import { PenBatch } from '../model/batch.ts';
import type { PenWeights } from '../model/weights.ts';

export class Futures {
  readonly batch: PenBatch;
  /** the last complete set, per future (x, y, penDown) triples in pixels, `steps + 1` points */
  paths: Float32Array[];
  private building: Float32Array[];
  private built = -1;
  private readonly down: Uint8Array;
  private readonly px: Float64Array;
  private readonly py: Float64Array;
  private pxX = 1;
  private pxY = 1;
  valid = false;

  constructor(weights: PenWeights, readonly count = 5, readonly steps = 30, seed = 4242) {
    this.batch = new PenBatch(weights, count, seed);
    const make = () => Array.from({ length: count }, () => new Float32Array((steps + 1) * 3));
    this.paths = make();
    this.building = make();
    this.down = new Uint8Array(count);
    this.px = new Float64Array(count);
    this.py = new Float64Array(count);
  }

  get busy(): boolean {
    return this.built >= 0;
  }

  /** Start a new set from `writer` in `src` at pixel (x, y). */
  begin(src: PenBatch, writer: number, x: number, y: number, penUp: boolean, pxX: number, pxY: number): void {
    for (let f = 0; f < this.count; f++) {
      this.batch.copyWriter(writer, f, src);
      const p = this.building[f]!;
      p[0] = x;
      p[1] = y;
      p[2] = 0;
    }
    this.down.fill(penUp ? 0 : 1);
    this.px.fill(x);
    this.py.fill(y);
    this.pxX = pxX;
    this.pxY = pxY;
    this.built = 0;
  }

  /** Take up to `n` more steps of every future; swaps in the set when it is complete. */
  advance(n: number): void {
    if (this.built < 0) return;
    const b = this.batch;
    for (let k = 0; k < n && this.built < this.steps; k++) {
      const s = ++this.built;
      b.step(this.count);
      for (let f = 0; f < this.count; f++) {
        this.px[f] = this.px[f]! + b.x[f * 3]! * this.pxX;
        this.py[f] = this.py[f]! + b.x[f * 3 + 1]! * this.pxY;
        const p = this.building[f]!;
        p[s * 3] = this.px[f]!;
        p[s * 3 + 1] = this.py[f]!;
        p[s * 3 + 2] = this.down[f]!;
        this.down[f] = b.x[f * 3 + 2]! > 0.5 ? 0 : 1;
      }
    }
    if (this.built >= this.steps) {
      [this.paths, this.building] = [this.building, this.paths];
      this.built = -1;
      this.valid = true;
    }
  }

  /** The whole set at once (tests, stills). */
  refresh(src: PenBatch, writer: number, x: number, y: number, penUp: boolean, pxX: number, pxY: number): void {
    this.begin(src, writer, x, y, penUp, pxX, pxY);
    this.advance(this.steps);
  }
}
