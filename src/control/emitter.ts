/** A small typed event emitter: events are keyed by name with one payload type each. */
export class Emitter<Events extends Record<string, unknown>> {
  private readonly handlers: { [K in keyof Events]?: Array<(e: Events[K]) => void> } = {};

  on<K extends keyof Events>(name: K, fn: (e: Events[K]) => void): () => void {
    const list = (this.handlers[name] ??= []);
    list.push(fn);
    return () => {
      const i = list.indexOf(fn);
      if (i >= 0) list.splice(i, 1);
    };
  }

  emit<K extends keyof Events>(name: K, e: Events[K]): void {
    const list = this.handlers[name];
    if (!list) return;
    // a throwing listener must not stop the others (or the show)
    for (const fn of [...list]) {
      try {
        fn(e);
      } catch (err) {
        console.error(`listener for ${String(name)} failed`, err);
      }
    }
  }
}
