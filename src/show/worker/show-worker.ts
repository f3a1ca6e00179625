/**
 * The show in a Web Worker: stepping the model (and the layout that depends on
 * it) happens here, so the page's thread only draws. The page's registry is the
 * source of truth; every change is mirrored here within a frame.
 */
import { Registry } from '../../control/registry.ts';
import { weightsFromBuffers } from '../../model/weights.ts';
import { Show } from '../show.ts';
import { type Frame, type FromWorker, INFO_FIELDS, Info, type ToWorker } from './messages.ts';

const post = (m: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

let show: Show | null = null;
let registry: Registry | null = null;
const waiting: ToWorker[] = [];
const events: Frame['events'] = [];

function handle(m: ToWorker): void {
  if (m.t === 'init') {
    try {
      const weights = weightsFromBuffers(m.manifest, m.bin);
      const c = m.config;
      registry = new Registry({
        capacity: c.maxWriters,
        glideSeconds: c.glideSeconds,
        defaults: { writers: c.writers, temperature: c.temperature, speed: c.speed, strokeWeight: c.strokeWeight, inkOpacity: c.inkOpacity },
      });
      show = new Show(weights, c, registry, { width: m.width, height: m.height });
      show.on('restarted', (e) => events.push({ name: 'restarted', e }));
      show.on('problem', (e) => events.push({ name: 'problem', e }));
      post({ t: 'ready', engine: `${show.engine} in a worker` });
      for (const w of waiting.splice(0)) handle(w);
    } catch (e) {
      post({ t: 'failed', message: (e as Error).message });
    }
    return;
  }
  if (!show || !registry) {
    waiting.push(m);
    return;
  }
  switch (m.t) {
    case 'set':
      registry.set(m.path, m.value, 'hud');
      break;
    case 'fire':
      registry.fire(m.path, 'hud');
      break;
    case 'resize':
      show.resize(m.width, m.height);
      break;
    case 'visitor':
      show.continueVisitor(m.moves, m.endX, m.endY, m.baseY, m.seconds);
      break;
    case 'tick':
      tick(show, m.dt, m.views);
      break;
  }
}

function tick(s: Show, dt: number, views: { mixture: boolean; lesson: boolean }): void {
  const t0 = performance.now();
  s.tick(dt);
  const n = s.active;
  let total = 0;
  for (let i = 0; i < n; i++) total += s.inkLength[i]!;
  const ink = new Float32Array(total);
  const inkLength = new Int32Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const len = s.inkLength[i]!;
    ink.set(s.ink[i]!.subarray(0, len), at);
    inkLength[i] = len;
    at += len;
  }
  const info = new Float64Array(n * INFO_FIELDS);
  // read straight from the show's arrays: snapshot() would allocate an object per writer per frame
  const reg = s.registry;
  for (let i = 0; i < n; i++) {
    const o = i * INFO_FIELDS, c = s.colours[i]!;
    info[o + Info.X] = s.x[i]!;
    info[o + Info.Y] = s.y[i]!;
    info[o + Info.PrevX] = s.prevX[i]!;
    info[o + Info.PrevY] = s.prevY[i]!;
    info[o + Info.PenUp] = s.penUp[i]!;
    info[o + Info.Line] = s.line[i]!;
    info[o + Info.Restarts] = s.restarts[i]!;
    info[o + Info.Steps] = s.steps[i]!;
    info[o + Info.Temperature] = reg.forWriter('temperature', i);
    info[o + Info.Speed] = reg.forWriter('speed', i);
    info[o + Info.Visitor] = s.visitorUntil[i]! > 0 ? 1 : 0;
    info[o + Info.Signature] = s.stateSignature(i);
    info[o + Info.Colour] = (c.r << 16) | (c.g << 8) | c.b;
  }
  const frame: Frame = { t: 'frame', active: n, ink, inkLength, info, pageOps: s.pageOps.splice(0), events: events.splice(0), workerMs: 0 };
  const transfer: Transferable[] = [ink.buffer, inkLength.buffer, info.buffer];
  if (views.mixture) {
    const M = s.pdf.mixtures * n;
    frame.pdf = [s.pdf.pi, s.pdf.muX, s.pdf.muY, s.pdf.sigmaX, s.pdf.sigmaY, s.pdf.rho].map((a) => a.slice(0, M));
    transfer.push(...frame.pdf.map((a) => a.buffer));
  }
  if (views.lesson) {
    frame.out = s.out.slice(0, n * s.weights.outputs);
    transfer.push(frame.out.buffer);
  }
  const f = s.futurePaths;
  if (f) {
    frame.futures = f.map((p) => p.slice());
    transfer.push(...frame.futures.map((p) => p.buffer));
  }
  frame.workerMs = performance.now() - t0;
  post(frame, transfer);
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  try {
    handle(e.data);
  } catch (err) {
    events.push({ name: 'problem', e: { message: `show worker: ${(err as Error).message}` } });
  }
};
