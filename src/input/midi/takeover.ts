/**
 * Soft takeover ("pick-up"): after the value was changed elsewhere (another
 * knob, OSC, a scene), a knob does nothing until it reaches or passes through the
 * current value, so the value never jumps to wherever the knob happens to be.
 */
export class Pickup {
  private engaged = false;
  private lastKnob: number | null = null;
  private lastWritten = NaN;

  /**
   * `knob` and `current` are normalised 0-1. Returns true if the knob should now
   * write (and remembers that it did).
   */
  accept(knob: number, current: number): boolean {
    // the value moved since this knob last wrote it: wait for pick-up again
    if (this.engaged && Math.abs(current - this.lastWritten) > 0.5 / 127) this.engaged = false;
    if (!this.engaged) {
      const near = Math.abs(knob - current) <= 1.5 / 127;
      const crossed = this.lastKnob !== null && (this.lastKnob - current) * (knob - current) <= 0;
      this.engaged = near || crossed;
    }
    this.lastKnob = knob;
    return this.engaged;
  }

  /** What the knob wrote, after the registry's clamping and rounding. */
  wrote(value: number): void {
    this.lastWritten = value;
  }

  get waiting(): boolean {
    return !this.engaged;
  }
}
