// `npm run bench`: the engine on one core, the page's frame time in Chromium, OSC latency.
// Figures and ratios are measured side by side in this one run; nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const env = { ...process.env, CHROMIUM_PATH: findChromium() };
const run = (args) => {
  const r = spawnSync('npx', args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(['vite', 'build', '--logLevel', 'warn']);
console.log('\n## Engine: writer-steps per second, one core (Node)\n');
run(['tsx', 'bench/model.bench.ts']);
console.log('\n## The page: frame time in headless Chromium\n');
run(['tsx', 'bench/frames.bench.ts']);
env.BENCH_MODEL_THREAD = 'page';
run(['tsx', 'bench/frames.bench.ts']);
delete env.BENCH_MODEL_THREAD;
console.log('\n## OSC: latency through the bridge\n');
run(['tsx', 'bench/osc-latency.bench.ts']);
