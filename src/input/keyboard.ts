/**
 * Show keys. Like every input adapter, it only writes to the registry (or asks
 * the page for UI things such as fullscreen and the HUD).
 */
import type { Registry } from '../control/registry.ts';
import type { HelpLine } from '../render/hud.ts';

export interface KeyActions {
  toggleFullscreen(): void;
  toggleHud(): void;
  toggleLearn(): void;
  saveScene(n: number): void;
  recallScene(n: number): void;
}

export const KEY_HELP: HelpLine[] = [
  { keys: 'f', what: 'fullscreen on/off' },
  { keys: 'h', what: 'HUD on/off' },
  { keys: 'space', what: 'pause / resume' },
  { keys: 'r', what: 'restart all writers' },
  { keys: '1-9', what: 'restart writer 1-9' },
  { keys: 'c', what: 'clear the page' },
  { keys: '↑ ↓', what: 'temperature up / down (all writers)' },
  { keys: '→ ←', what: 'speed up / down (all writers)' },
  { keys: 'F1-F9', what: 'recall scene 1-9 (shift+F1-F9 saves)' },
  { keys: 'm', what: 'MIDI learn: pick a parameter, then move a knob' },
  { keys: 'v', what: 'mixture view on/off (what each pen may do next, magnified 16x)' },
  { keys: 't', what: 'temperature lesson on/off' },
  { keys: 'g', what: 'ghost futures of the focus writer on/off' },
  { keys: '[ ]', what: 'focus writer previous / next' },
  { keys: 'w', what: 'visitor writing on/off (write with mouse or finger)' },
];

export function bindKeyboard(target: Window, registry: Registry, ui: KeyActions): () => void {
  const nudge = (name: 'temperature' | 'speed', by: number) => registry.set(name, registry.get(name) + by, 'key');
  const onKey = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const fn = /^F([1-9])$/.exec(e.key);
    if (fn) {
      e.preventDefault();
      if (e.shiftKey) ui.saveScene(Number(fn[1]));
      else ui.recallScene(Number(fn[1]));
      return;
    }
    switch (e.key) {
      case 'f':
        ui.toggleFullscreen();
        break;
      case 'h':
        ui.toggleHud();
        break;
      case ' ':
        registry.set('pause', registry.get('pause') ? 0 : 1, 'key');
        break;
      case 'r':
        registry.fire('restart', 'key');
        break;
      case 'c':
        registry.fire('clear', 'key');
        break;
      case 'm':
        ui.toggleLearn();
        break;
      case 'v':
      case 't':
      case 'g':
      case 'w': {
        const name = ({ v: 'mixtureView', t: 'lesson', g: 'futures', w: 'visitors' } as const)[e.key];
        registry.set(name, registry.get(name) ? 0 : 1, 'key');
        break;
      }
      case '[':
        registry.set('focus', registry.get('focus') - 1, 'key');
        break;
      case ']':
        registry.set('focus', registry.get('focus') + 1, 'key');
        break;
      case 'ArrowUp':
        nudge('temperature', 0.05);
        break;
      case 'ArrowDown':
        nudge('temperature', -0.05);
        break;
      case 'ArrowRight':
        nudge('speed', 5);
        break;
      case 'ArrowLeft':
        nudge('speed', -5);
        break;
      default:
        if (/^[1-9]$/.test(e.key)) {
          const n = Number(e.key);
          if (n <= registry.get('writers')) registry.fire(`writer/${n}/restart`, 'key');
        } else return;
    }
    e.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
