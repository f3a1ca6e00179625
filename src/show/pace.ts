/**
 * Speed is in pen steps per second, independent of frame rate: each writer
 * accumulates speed x dt and takes the whole steps that have come due, keeping
 * the fraction for the next frame. A 30 fps machine writes as fast as a 60 fps one.
 */
/** A frame longer than this (a hidden tab, a stall) is not caught up, so writers never burst. */
export const MAX_FRAME_SECONDS = 0.25;

export class Pacer {
  private readonly acc: Float64Array;

  constructor(capacity: number) {
    this.acc = new Float64Array(capacity);
  }

  /** Whole steps writer i takes this frame at `stepsPerSecond`. */
  due(i: number, stepsPerSecond: number, dt: number): number {
    const a = this.acc[i]! + Math.max(0, stepsPerSecond) * Math.min(Math.max(0, dt), MAX_FRAME_SECONDS);
    // the epsilon absorbs float error in sums like 600 x (0.5 / 60)
    const n = Math.floor(a + 1e-9);
    if (n > a) {
      this.acc[i] = 0;
      return n;
    }
    this.acc[i] = a - n;
    return n;
  }

  reset(i: number): void {
    this.acc[i] = 0;
  }
}
