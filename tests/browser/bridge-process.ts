/** Starts the real bridge (bridge/main.ts) as its own process, as npm start does. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { join } from 'node:path';
import OSC from 'osc-js';
import { ROOT, sleep } from './harness.ts';

export interface BridgeProc {
  proc: ChildProcess;
  log: string[];
  stop(): Promise<void>;
}

export async function startBridge(env: { config: string; origin: string }): Promise<BridgeProc> {
  const log: string[] = [];
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bridge/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, SCRIPTORIUM_CONFIG: env.config, SCRIPTORIUM_APP_ORIGINS: env.origin },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d: Buffer) => log.push(...d.toString().split('\n').filter(Boolean)));
  proc.stderr!.on('data', (d: Buffer) => log.push(...d.toString().split('\n').filter(Boolean)));
  for (let i = 0; i < 100 && !log.some((l) => l.includes('OSC in on')); i++) await sleep(100);
  if (!log.some((l) => l.includes('OSC in on'))) throw new Error(`bridge did not start:\n${log.join('\n')}`);
  return {
    proc,
    log,
    stop: () =>
      new Promise((r) => {
        if (proc.exitCode !== null) return r();
        proc.once('exit', () => r());
        proc.kill('SIGTERM');
      }),
  };
}

const udp = createSocket('udp4');
export function sendUdp(port: number, bytes: Uint8Array): Promise<void> {
  return new Promise((ok, fail) => udp.send(bytes, port, '127.0.0.1', (e) => (e ? fail(e) : ok())));
}

/** A message with explicit types, e.g. msg('/speed', ['f', 40]). */
export function msg(address: string, ...args: Array<[string, number | string]>): Uint8Array {
  const m = new OSC.TypedMessage(address, []);
  for (const [t, v] of args) m.add(t as 'f', v as number);
  return m.pack();
}

export function closeUdp(): void {
  udp.close();
}
