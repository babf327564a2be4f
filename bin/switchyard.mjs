#!/usr/bin/env node
// The `switchyard` command: the TypeScript sources run through tsx, so `npx switchyard` works
// right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
