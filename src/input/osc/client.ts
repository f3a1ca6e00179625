/**
 * The page's end of the OSC bridge: a WebSocket that reconnects with backoff,
 * turning bridge messages into registry writes and sending applied changes,
 * restarts and (optionally) the pen stream back for OSC feedback.
 */
import { parseToPage } from '../../../bridge/protocol.ts';
import type { Registry } from '../../control/registry.ts';
import { parseTarget } from '../../control/params.ts';

export interface OscStatus {
  state: 'ok' | 'off' | 'bad';
  text: string;
}

export class OscClient {
  private ws: WebSocket | null = null;
  private backoff = 500;
  private stopped = false;
  /** changes applied from OSC, for the page's own bookkeeping and tests */
  applied = 0;

  constructor(
    private readonly url: string,
    private readonly registry: Registry,
    private readonly status: (s: OscStatus) => void,
  ) {
    registry.on('change', (c) => {
      const spec = registry.spec(c.name);
      this.send({ t: 'feedback', address: `/${c.path}`, value: c.value, int: spec.kind !== 'number' });
    });
  }

  connect(): void {
    if (this.stopped) return;
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.url);
    } catch (e) {
      this.status({ state: 'bad', text: `cannot open ${this.url}: ${(e as Error).message}` });
      this.retry();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      this.backoff = 500;
      this.status({ state: 'ok', text: `bridge connected (${this.url})` });
    };
    ws.onmessage = (ev) => {
      if (typeof ev.data !== 'string') return;
      const msg = parseToPage(ev.data);
      if (!msg) return;
      if (msg.t === 'set') {
        const t = parseTarget(msg.address, this.registry.capacity);
        if (typeof t === 'string') return; // the bridge checked it; a mismatch (other maxWriters) is ignored
        this.registry.write(t, msg.value, 'osc');
        this.applied++;
      } else {
        const dropped = msg.malformed + msg.unknown + msg.badType;
        this.status({
          state: 'ok',
          text: `bridge connected · ${msg.received} packets in, ${msg.forwarded} applied, ${dropped} dropped` +
            (dropped ? ` (${msg.malformed} malformed, ${msg.unknown} unknown address, ${msg.badType} wrong type)` : '') +
            (msg.lastProblem ? ` · last: ${msg.lastProblem}` : ''),
        });
      }
    };
    ws.onclose = () => {
      this.ws = null;
      this.status({ state: 'bad', text: `bridge not reachable at ${this.url}; retrying in ${(this.backoff / 1000).toFixed(1)} s (is npm start running?)` });
      this.retry();
    };
    ws.onerror = () => undefined; // onclose follows and reports
  }

  /** Writer n (from 1) restarted, for /writer/<n>/restarted. */
  sendRestarted(n: number): void {
    this.send({ t: 'restarted', writer: n });
  }

  /** Pen positions for /writer/<n>/pen: flat [n, x 0-1, y 0-1, down, ...]. */
  sendPen(data: number[]): void {
    if (data.length) this.send({ t: 'pen', data });
  }

  stop(): void {
    this.stopped = true;
    this.ws?.close();
  }

  private retry(): void {
    if (this.stopped) return;
    setTimeout(() => this.connect(), this.backoff);
    this.backoff = Math.min(this.backoff * 2, 8000);
  }

  private send(msg: object): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(msg));
  }
}
