#!/usr/bin/env node
// Runs a TypeScript entry point of this repository with tsx, so no build step is needed.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts <file.ts> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], entry, ...rest];
register();
await import(pathToFileURL(resolve(entry)).href);
