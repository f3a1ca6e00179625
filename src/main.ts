/**
 * Scriptorium's page: load config and weights, build the registry and the show,
 * start the p5 sketch, and plug in the inputs (keys, MIDI, OSC). Every problem is
 * named in the console and the HUD; the show keeps drawing.
 */
import { fetchConfig } from './app/config-fetch.ts';
import { FailureWatch, holdWakeLock, isKiosk } from './app/kiosk.ts';
import { Scenes } from './app/scenes.ts';
import type { Config } from './config/schema.ts';
import { Registry } from './control/registry.ts';
import { KEY_HELP, bindKeyboard } from './input/keyboard.ts';
import { setupMidi, setupOsc } from './app/inputs.ts';
import type { OscClient } from './input/osc/client.ts';
import { bindPointer } from './input/pointer.ts';
import { type FetchedWeights, fetchWeights } from './model/weights.ts';
import { Hud } from './render/hud.ts';
import { FrameStats, startSketch } from './render/sketch.ts';
import { Show } from './show/show.ts';
import type { ShowSurface } from './show/surface.ts';
import { RemoteShow } from './show/worker/remote-show.ts';

const $ = (id: string) => document.getElementById(id)!;

function notice(text: string, kind: 'fatal' | 'config'): void {
  const el = $('notice');
  el.textContent = text;
  el.className = kind;
  el.hidden = false;
}

/** The model in a Web Worker when the browser allows it, else on the page's thread. */
function makeShow(config: Config, loaded: FetchedWeights, registry: Registry, page: { width: number; height: number }): ShowSurface {
  if (config.modelThread === 'worker' && typeof Worker !== 'undefined') {
    try {
      const makeWorker = () => new Worker(new URL('./show/worker/show-worker.ts', import.meta.url), { type: 'module' });
      return new RemoteShow(makeWorker, loaded.weights, config, registry, page, loaded.manifest, loaded.bin);
    } catch (e) {
      console.warn(`cannot start the show worker (${(e as Error).message}); the model runs on the page's thread`);
    }
  }
  return new Show(loaded.weights, config, registry, page);
}

export interface App {
  config: Config;
  registry: Registry;
  osc: OscClient;
  frames: FrameStats;
  show: ShowSurface;
  hud: Hud;
}

async function loadWeightsUntilFound(hud: Hud): Promise<FetchedWeights> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchWeights('/weights');
    } catch (e) {
      const msg = `The handwriting model could not be loaded:\n${(e as Error).message}\n\nCheck the weights/ folder (manifest.json and pen-model.bin). Retrying every 5 seconds.`;
      if (attempt === 0) console.error(msg);
      hud.problem((e as Error).message);
      notice(msg, 'fatal');
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

async function main(): Promise<App> {
  const kiosk = isKiosk(location);
  if (kiosk) document.body.classList.add('kiosk');
  const hud = new Hud($('hud'), KEY_HELP);
  hud.setLink('midi', 'off', 'not started');
  hud.setLink('osc', 'off', 'not connected');

  const { config, problems } = await fetchConfig();
  // decided once here, so a worker and the page agree on it
  if (config.seed === 'random') config.seed = crypto.getRandomValues(new Uint32Array(1))[0]! % 2 ** 31;
  hud.visible = config.hud.visible && !kiosk;
  if (problems.length) {
    for (const p of problems) {
      console.warn(`config: ${p}`);
      hud.problem(`config: ${p}`);
    }
    notice(`Config problems (defaults used for these fields):\n${problems.join('\n')}`, 'config');
    setTimeout(() => ($('notice').className === 'config' ? ($('notice').hidden = true) : undefined), 30_000);
  }

  const loaded = await loadWeightsUntilFound(hud);
  const weights = loaded.weights;
  if (!$('notice').hidden && $('notice').className === 'fatal') $('notice').hidden = true;

  const registry = new Registry({
    capacity: config.maxWriters,
    glideSeconds: config.glideSeconds,
    defaults: {
      writers: config.writers,
      temperature: config.temperature,
      speed: config.speed,
      strokeWeight: config.strokeWeight,
      inkOpacity: config.inkOpacity,
    },
  });
  registry.on('problem', (p) => {
    console.warn(p.message);
    hud.problem(p.message);
  });
  const page = { width: window.innerWidth, height: window.innerHeight };
  const show = makeShow(config, loaded, registry, page);
  show.on('problem', (p) => {
    console.warn(p.message);
    hud.problem(p.message);
  });
  hud.attach(show);

  const osc = setupOsc(config, registry, show, hud);

  const watch = new FailureWatch(30, 10_000, () => location.reload());
  const frames = new FrameStats();
  startSketch($('stage'), show, config, {
    frame: (work, interval, now) => hud.frame(work, interval, now),
    failed: (e) => {
      console.error('frame failed', e);
      hud.problem(`frame failed: ${(e as Error).message}`);
      if (kiosk) watch.failed(performance.now());
    },
  }, frames);

  const scenes = new Scenes(registry, config.scenes, window.localStorage);
  registry.on('trigger', (t) => {
    if (t.name !== 'scene') return;
    const n = Math.round(t.value);
    if (n < 1 || n > 9 || !scenes.recall(n)) hud.problem(`scene ${t.value} is empty or not 1-9`);
  });

  const panel = setupMidi(config, registry, hud);
  bindKeyboard(window, registry, {
    toggleFullscreen: () => (document.fullscreenElement ? void document.exitFullscreen() : void document.documentElement.requestFullscreen().catch(() => hud.problem('fullscreen refused by the browser (use F11 or kiosk mode)'))),
    toggleHud: () => hud.toggle(),
    toggleLearn: () => panel.toggle(),
    saveScene: (n) => scenes.save(n),
    recallScene: (n) => {
      if (!scenes.recall(n)) hud.problem(`scene ${n} is empty (shift+F${n} saves it)`);
    },
  });
  bindPointer($('stage'), show, registry, { pauseMs: 700, seconds: config.visitorSeconds });
  if (kiosk) holdWakeLock(document, navigator, (m) => hud.problem(m));
  window.addEventListener('error', (e) => hud.problem(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => hud.problem(`error: ${String(e.reason)}`));

  const app: App = { config, registry, show, hud, osc, frames };
  return app;
}

const ready = main();
// a read-only window onto the running show, for the browser tests and for curious technicians
(window as unknown as { scriptorium: Promise<App> }).scriptorium = ready;
