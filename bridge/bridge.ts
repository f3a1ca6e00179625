/**
 * The OSC bridge: OSC over UDP in (TouchDesigner, Max, Pure Data, phones) and
 * JSON over a WebSocket to the page, plus feedback and the pen stream back out
 * over UDP. Every packet is parsed and checked against the address space here,
 * so the page only ever sees known addresses with numbers.
 */
import { type Socket, createSocket } from 'node:dgram';
import type { IncomingMessage } from 'node:http';
import OSC from 'osc-js';
import { WebSocket, WebSocketServer } from 'ws';
import { AddressSpace } from '../src/control/addresses.ts';
import { paramSpec, parseTarget } from '../src/control/params.ts';
import { type FromPage, type ToPage, parseFromPage } from './protocol.ts';

export interface BridgeOptions {
  udpHost: string;
  udpPort: number;
  wsHost: string;
  wsPort: number;
  maxWriters: number;
  /** origins allowed to open the WebSocket, e.g. "http://127.0.0.1:5173"; "*" in a port means any port */
  allowedOrigins: string[];
  feedback: { enabled: boolean; host: string; port: number };
  penStream: boolean;
  log?: (line: string) => void;
}

/** Largest packet we try to parse; bigger ones are dropped as malformed. */
export const MAX_PACKET = 65_507;
type Counter = 'received' | 'forwarded' | 'malformed' | 'unknown' | 'badType' | 'outOfRange';

export class Bridge {
  readonly counts: Record<Counter, number> = { received: 0, forwarded: 0, malformed: 0, unknown: 0, badType: 0, outOfRange: 0 };
  lastProblem = '';
  private udp: Socket | null = null;
  private wss: WebSocketServer | null = null;
  private readonly space: AddressSpace;
  private readonly logged = new Map<string, { at: number; suppressed: number }>();
  private statsTimer: NodeJS.Timeout | null = null;
  private readonly log: (line: string) => void;

  constructor(readonly opts: BridgeOptions) {
    this.space = new AddressSpace(opts.maxWriters);
    this.log = opts.log ?? ((l) => console.log(`[bridge] ${l}`));
  }

  async start(): Promise<void> {
    const udp = createSocket({ type: 'udp4', reuseAddr: true });
    this.udp = udp;
    udp.on('message', (buf) => this.onPacket(buf));
    udp.on('error', (e) => this.problem('udp', `UDP error: ${e.message}`));
    await new Promise<void>((ok, fail) => {
      udp.once('error', fail);
      udp.bind(this.opts.udpPort, this.opts.udpHost, () => {
        udp.off('error', fail);
        ok();
      });
    });
    const wss = new WebSocketServer({
      host: this.opts.wsHost,
      port: this.opts.wsPort,
      maxPayload: 1 << 20,
      verifyClient: (info: { origin: string; req: IncomingMessage }) => {
        const ok = this.originAllowed(info.origin);
        if (!ok) this.problem('origin', `refused a WebSocket from origin "${info.origin || '(none)'}"; allowed: ${this.opts.allowedOrigins.join(', ')}`);
        return ok;
      },
    });
    this.wss = wss;
    await new Promise<void>((ok, fail) => {
      wss.once('error', fail);
      wss.once('listening', () => {
        wss.off('error', fail);
        ok();
      });
    });
    wss.on('error', (e) => this.problem('ws', `WebSocket error: ${e.message}`));
    wss.on('connection', (ws) => {
      this.log(`page connected (${wss.clients.size} open)`);
      ws.on('message', (data, isBinary) => {
        if (isBinary) return;
        const msg = parseFromPage(data.toString());
        if (msg) this.fromPage(msg);
      });
      ws.on('close', () => this.log(`page disconnected (${wss.clients.size} open)`));
      ws.on('error', () => undefined);
      this.sendStats();
    });
    this.statsTimer = setInterval(() => this.sendStats(), 1000);
    this.log(`OSC in on udp://${this.opts.udpHost}:${this.opts.udpPort}, page link on ws://${this.opts.wsHost}:${this.opts.wsPort}` +
      (this.opts.feedback.enabled ? `, feedback to udp://${this.opts.feedback.host}:${this.opts.feedback.port}` : ''));
  }

  async stop(): Promise<void> {
    if (this.statsTimer) clearInterval(this.statsTimer);
    for (const c of this.wss?.clients ?? []) c.terminate();
    await new Promise<void>((r) => (this.wss ? this.wss.close(() => r()) : r()));
    await new Promise<void>((r) => (this.udp ? this.udp.close(() => r()) : r()));
  }

  originAllowed(origin: string | undefined): boolean {
    if (!origin) return false;
    return this.opts.allowedOrigins.some((a) => {
      if (a === origin) return true;
      const star = a.endsWith(':*') ? a.slice(0, -2) : null;
      return star !== null && (origin === star || new RegExp(`^${star.replace(/[.]/g, '\\.')}:\\d+$`).test(origin));
    });
  }

  /** One UDP datagram: unpack (bundles nested or not), check, forward now whatever the timetag. */
  onPacket(buf: Buffer): void {
    this.counts.received++;
    if (buf.byteLength === 0 || buf.byteLength > MAX_PACKET) {
      this.drop('malformed', `dropped a ${buf.byteLength}-byte packet (empty or larger than ${MAX_PACKET})`);
      return;
    }
    let messages: Array<{ address: string; types: string; args: unknown[] }>;
    try {
      const packet = new OSC.Packet();
      packet.unpack(new DataView(buf.buffer, buf.byteOffset, buf.byteLength));
      messages = [];
      flatten(packet.value, messages, 0);
    } catch (e) {
      this.drop('malformed', `dropped a malformed packet (${(e as Error).message})`);
      return;
    }
    for (const m of messages) this.onMessage(m.address, m.types, m.args);
  }

  private onMessage(address: string, types: string, args: unknown[]): void {
    const targets = this.space.resolve(address);
    if (targets.length === 0) {
      this.drop('unknown', `unknown address ${JSON.stringify(address.slice(0, 80))} (see the README for the address list)`);
      return;
    }
    const spec = paramSpec(parseTargetName(targets[0]!));
    if (!spec) return;
    let value: number;
    const first = args[0];
    const tag = types.replace(/^,/, '')[0];
    if (spec.kind === 'trigger') {
      // a trigger fires with no argument or any non-zero number / true
      if (first === undefined) value = 1;
      else if (tag === 'T') value = 1;
      else if (tag === 'F') return;
      else if ((tag === 'i' || tag === 'f' || tag === 'd' || tag === 'h') && typeof first === 'number' && Number.isFinite(first)) {
        if (first === 0) return;
        value = first; // kept: /scene 3 recalls scene 3; other triggers ignore it
      } else {
        this.drop('badType', `${address}: a trigger takes no argument or a number, got type "${tag}"`);
        return;
      }
    } else {
      const n = tag === 'T' ? 1 : tag === 'F' ? 0 : (tag === 'i' || tag === 'f' || tag === 'd' || tag === 'h') && typeof first === 'number' ? first : NaN;
      if (!Number.isFinite(n)) {
        this.drop('badType', `${address}: expected one number (i, f or d), got ${first === undefined ? 'no argument' : `type "${tag}"`}`);
        return;
      }
      value = n;
      const t = parseTarget(targets[0]!, this.opts.maxWriters);
      const [lo, hi] = typeof t !== 'string' && t.normalised ? [0, 1] : [spec.min, spec.max];
      if (value < lo || value > hi) {
        this.counts.outOfRange++;
        this.problem(`range:${address}`, `${address}: ${value} is outside ${lo}-${hi}${spec.unit && !(typeof t !== 'string' && t.normalised) ? ` ${spec.unit}` : ''}; the page clamps it`);
      }
    }
    for (const a of targets) this.toPages({ t: 'set', address: a, value });
    this.counts.forwarded++;
  }

  private toPages(msg: ToPage): void {
    const text = JSON.stringify(msg);
    for (const c of this.wss?.clients ?? []) if (c.readyState === WebSocket.OPEN) c.send(text);
  }

  private fromPage(msg: FromPage): void {
    const fb = this.opts.feedback;
    if (!fb.enabled || !this.udp) return;
    if (msg.t === 'feedback') {
      this.sendUdp(typed(msg.address, [[msg.int ? 'i' : 'f', msg.int ? Math.round(msg.value) : msg.value]]));
    } else if (msg.t === 'restarted') {
      this.sendUdp(typed(`/writer/${msg.writer}/restarted`, []));
    } else if (msg.t === 'pen' && this.opts.penStream) {
      for (let k = 0; k < msg.data.length; k += 4) {
        const [n, x, y, down] = msg.data.slice(k, k + 4) as [number, number, number, number];
        this.sendUdp(typed(`/writer/${n}/pen`, [['f', x], ['f', y], ['i', down ? 1 : 0]]));
      }
    }
  }

  private sendUdp(m: InstanceType<typeof OSC.TypedMessage>): void {
    try {
      const bytes = m.pack();
      this.udp?.send(bytes, this.opts.feedback.port, this.opts.feedback.host);
    } catch (e) {
      this.problem('feedback', `could not send feedback: ${(e as Error).message}`);
    }
  }

  private sendStats(): void {
    const c = this.counts;
    this.toPages({ t: 'stats', received: c.received, forwarded: c.forwarded, malformed: c.malformed, unknown: c.unknown, badType: c.badType, clients: this.wss?.clients.size ?? 0, lastProblem: this.lastProblem });
  }

  private drop(kind: 'malformed' | 'unknown' | 'badType', message: string): void {
    this.counts[kind]++;
    this.problem(kind, message);
  }

  /** Rate-limited log: at most one line per kind every two seconds, with a count of the rest. */
  private problem(kind: string, message: string): void {
    this.lastProblem = message;
    const now = Date.now();
    const l = this.logged.get(kind);
    if (l && now - l.at < 2000) {
      l.suppressed++;
      return;
    }
    const more = l && l.suppressed ? ` (+${l.suppressed} similar)` : '';
    this.logged.set(kind, { at: now, suppressed: 0 });
    this.log(`${message}${more}`);
  }
}

/** A message with explicit OSC types: peers get f for floats and i for ints, never a guess. */
function typed(address: string, args: Array<['f' | 'i', number]>): InstanceType<typeof OSC.TypedMessage> {
  const m = new OSC.TypedMessage(address, []);
  for (const [type, value] of args) m.add(type, value);
  return m;
}

function parseTargetName(address: string): string {
  const parts = address.split('/').filter(Boolean);
  if (parts[parts.length - 1] === 'norm') parts.pop();
  return parts[parts.length - 1] ?? '';
}

type Unpacked = { address?: unknown; types?: unknown; args?: unknown; bundleElements?: unknown };

/** Messages of a packet in order, bundles opened (nested too) and timetags ignored. */
function flatten(item: unknown, out: Array<{ address: string; types: string; args: unknown[] }>, depth: number): void {
  if (depth > 16) throw new Error('bundles nested more than 16 deep');
  const v = item as Unpacked;
  if (Array.isArray(v.bundleElements)) {
    for (const e of v.bundleElements) flatten(e, out, depth + 1);
    return;
  }
  if (typeof v.address === 'string' && typeof v.types === 'string' && Array.isArray(v.args)) {
    out.push({ address: v.address, types: v.types, args: v.args });
    return;
  }
  throw new Error('neither a message nor a bundle');
}
