// worker_threads entry: lets the worker load TypeScript through tsx, then runs step-worker.ts
import { register } from 'tsx/esm/api';

register();
await import('./step-worker.ts');
