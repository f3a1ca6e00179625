/**
 * Stands in for MIDI hardware at the browser API boundary only: replaces
 * navigator.requestMIDIAccess with an object that behaves like Chrome's (ports
 * open asynchronously and fire statechange; unplugged ports come back as the
 * same object). webmidi and our code above it run unchanged.
 */
export function installFakeMidi(mode: 'devices' | 'denied' | 'none'): void {
  type Listener = (e: unknown) => void;
  if (mode === 'none') {
    delete (Navigator.prototype as unknown as Record<string, unknown>).requestMIDIAccess;
    return;
  }
  if (mode === 'denied') {
    Object.defineProperty(Navigator.prototype, 'requestMIDIAccess', {
      configurable: true,
      value: () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')),
    });
    return;
  }
  class FakePort {
    type = 'input';
    version = '1.0';
    manufacturer = 'Test';
    state = 'connected';
    connection = 'closed';
    onmidimessage: Listener | null = null;
    onstatechange: Listener | null = null;
    private listeners = new Map<string, Set<Listener>>();
    constructor(public id: string, public name: string) {}
    addEventListener(t: string, f: Listener) {
      if (!this.listeners.has(t)) this.listeners.set(t, new Set());
      this.listeners.get(t)!.add(f);
    }
    removeEventListener(t: string, f: Listener) {
      this.listeners.get(t)?.delete(f);
    }
    fire(t: string, e: unknown) {
      const h = (this as unknown as Record<string, unknown>)[`on${t}`];
      if (typeof h === 'function') (h as Listener)(e);
      for (const f of this.listeners.get(t) ?? []) f(e);
    }
    open() {
      if (this.connection === 'open') return Promise.resolve(this);
      return new Promise((resolve) =>
        setTimeout(() => {
          this.connection = 'open';
          access.changed(this);
          resolve(this);
        }, 1),
      );
    }
    close() {
      this.connection = 'closed';
      access.changed(this);
      return Promise.resolve(this);
    }
  }
  const access = {
    inputs: new Map<string, FakePort>(),
    outputs: new Map<string, FakePort>(),
    sysexEnabled: false,
    onstatechange: null as Listener | null,
    addEventListener() {},
    removeEventListener() {},
    changed(port: FakePort) {
      const e = { port, timeStamp: performance.now() };
      port.fire('statechange', e);
      if (access.onstatechange) access.onstatechange(e);
    },
  };
  const known = new Map<string, FakePort>();
  const api = {
    plug(id: string, name: string) {
      const port = known.get(id) ?? new FakePort(id, name);
      known.set(id, port);
      access.inputs.set(id, port);
      port.state = 'connected';
      access.changed(port);
    },
    unplug(id: string) {
      const port = known.get(id);
      if (!port) return;
      access.inputs.delete(id);
      port.state = 'disconnected';
      port.connection = 'pending';
      access.changed(port);
    },
    send(id: string, bytes: number[]) {
      const port = known.get(id);
      if (!port || port.state !== 'connected' || port.connection !== 'open') return;
      port.fire('midimessage', { data: Uint8Array.from(bytes), timeStamp: performance.now() });
    },
  };
  (window as unknown as { fakeMidi: typeof api }).fakeMidi = api;
  api.plug('in-1', 'nanoKONTROL2');
  Object.defineProperty(Navigator.prototype, 'requestMIDIAccess', { configurable: true, value: () => Promise.resolve(access) });
}
