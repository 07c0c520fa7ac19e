#!/usr/bin/env node
// The `instap` command without a build step: tsx's loader (a dependency installed by `npm ci`)
// runs the TypeScript CLI in this same process.
import { register } from 'tsx/esm/api';

register();
await import('../src-main/cli/cli.ts');
