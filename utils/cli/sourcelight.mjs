#!/usr/bin/env node
// The package bin: Node cannot load the TypeScript sources by itself, so tsx is registered first,
// the same loader `npm run cli` uses.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
