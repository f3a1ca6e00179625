/** What an unattended gallery machine needs from the page: wake lock, hidden cursor, self-reload. */

export const isKiosk = (loc: Location) => new URLSearchParams(loc.search).has('kiosk');

/** Keep the display awake; the lock is dropped when the page is hidden, so ask again on return. */
export function holdWakeLock(doc: Document, nav: Navigator, onProblem: (m: string) => void): void {
  const request = async () => {
    if (!('wakeLock' in nav) || doc.visibilityState !== 'visible') return;
    try {
      await nav.wakeLock.request('screen');
    } catch (e) {
      onProblem(`screen wake lock refused: ${(e as Error).message}`);
    }
  };
  void request();
  doc.addEventListener('visibilitychange', () => void request());
}

/**
 * Count frame failures; many in a short time means the page is stuck in a bad
 * state, and a reload is the kiosk's best recovery.
 */
export class FailureWatch {
  private times: number[] = [];
  constructor(private readonly limit: number, private readonly windowMs: number, private readonly reload: () => void) {}

  failed(now: number): void {
    this.times = this.times.filter((t) => now - t < this.windowMs);
    this.times.push(now);
    if (this.times.length >= this.limit) this.reload();
  }
}
