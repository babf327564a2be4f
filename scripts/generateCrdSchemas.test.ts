import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFiles } from './generateCrdSchemas.ts';

const root = join(import.meta.dirname, '..');

describe('generated validator data', () => {
  it.each(generateFiles().map((file) => [file.path, file.text] as const))(
    '%s matches the reference data (run `node bin/run-ts.mjs scripts/generateCrdSchemas.ts` if not)',
    (path, text) => {
      expect(readFileSync(join(root, path), 'utf8') === text).toBe(true);
    },
  );
});
