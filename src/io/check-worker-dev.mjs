// The worker thread's entry when gitops-gate runs from its TypeScript sources (the tests): TypeScript is
// loaded through tsx, a development dependency. The bundle starts dist/worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./check-worker.ts');
