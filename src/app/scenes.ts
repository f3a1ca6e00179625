/** Scenes 1-9: saved in localStorage (kept across reloads), falling back to config.scenes. */
import type { Registry, Scene } from '../control/registry.ts';

const key = (n: number) => `scriptorium.scene.${n}`;

export class Scenes {
  constructor(private readonly registry: Registry, private readonly fromConfig: Record<string, Scene>, private readonly storage: Storage | null) {}

  save(n: number): void {
    this.storage?.setItem(key(n), JSON.stringify(this.registry.saveScene()));
  }

  /** Returns false when scene n exists nowhere. */
  recall(n: number): boolean {
    const stored = this.storage?.getItem(key(n));
    let scene: Scene | undefined = this.fromConfig[String(n)];
    if (stored) {
      try {
        const parsed: unknown = JSON.parse(stored);
        if (parsed && typeof parsed === 'object') scene = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'number')) as Scene;
      } catch {
        // a corrupt entry falls back to the config's scene
      }
    }
    if (!scene) return false;
    this.registry.loadScene(scene);
    return true;
  }
}
