import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { createMemoryIO } from '../../cli/testing/memoryIO.ts';
import { mermaidOf } from './mermaidOf.ts';

const examples = join(import.meta.dirname, '..', '..', '..', 'public', 'examples');
const files = readdirSync(examples).filter((file) => file.endsWith('.yaml'));

describe('Copy as Mermaid', () => {
  it.each(files)(
    'copies exactly what `switchyard graph --format mermaid` prints for %s',
    async (file) => {
      const text = readFileSync(join(examples, file), 'utf8');
      const io = createMemoryIO({ [file]: text });
      await main(['graph', file, '--format', 'mermaid'], io);
      expect(io.stdout()).not.toBe('');
      expect(mermaidOf(text)).toBe(io.stdout());
    },
  );
});
