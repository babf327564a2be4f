import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as realYaml from 'yaml';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as OnDemandModule from './yamlOnDemand.ts';

type OnDemand = typeof OnDemandModule;

const sourceRoot = join(import.meta.dirname, '..', '..');

/** The values (not types) that non-test sources import from 'yaml', with the importing file. */
function yamlValueImports(): { name: string; file: string }[] {
  const found: { name: string; file: string }[] = [];
  const visit = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, item.name);
      if (item.isDirectory()) visit(path);
      else if (/\.tsx?$/.test(item.name) && !/\.test\.tsx?$/.test(item.name)) {
        const text = readFileSync(path, 'utf8');
        for (const [, list = ''] of text.matchAll(/import\s+\{([^}]*)\}\s+from\s+'yaml'/g)) {
          for (const part of list.split(',')) {
            const name = part.trim().split(/\s+as\s+/)[0] ?? '';
            if (name !== '' && !name.startsWith('type '))
              found.push({ name, file: relative(sourceRoot, path) });
          }
        }
      }
    }
  };
  visit(sourceRoot);
  return found;
}

describe('yamlOnDemand', () => {
  let onDemand: OnDemand;
  beforeEach(async () => {
    vi.resetModules();
    onDemand = await import('./yamlOnDemand.ts');
  });

  it('stands in for every value the sources import from yaml', () => {
    const imports = yamlValueImports();
    expect(imports.length).toBeGreaterThan(0);
    const missing = imports.filter(({ name }) => !Object.hasOwn(onDemand, name));
    expect(missing).toEqual([]);
  });

  it('refuses to parse before the library has loaded', () => {
    expect(onDemand.isYamlLoaded()).toBe(false);
    expect(() => onDemand.parseDocument('a: 1')).toThrow(onDemand.YamlNotLoadedError);
  });

  it.each([
    ['a mapping with a comment', 'a: 1 # one\nb: [x, y]\n'],
    ['a document with an error', 'a: [1, 2\n'],
  ])('parses %s as the library does once loaded', async (_name, text) => {
    await onDemand.loadYaml();
    const doc = onDemand.parseDocument(text);
    const expected = realYaml.parseDocument(text);
    expect(doc.toJSON()).toEqual(expected.toJSON());
    expect(doc.errors.map((error) => error.code)).toEqual(
      expected.errors.map((error) => error.code),
    );
  });

  it('builds documents and scalars with new, as the classes do', async () => {
    await onDemand.loadYaml();
    const Document = onDemand.Document as unknown as typeof realYaml.Document;
    const Scalar = onDemand.Scalar as unknown as typeof realYaml.Scalar;
    const doc = new Document({ a: 1 });
    expect(doc.toString()).toBe('a: 1\n');
    expect(onDemand.isScalar(new Scalar('x'))).toBe(true);
    expect(onDemand.isMap(doc.contents)).toBe(true);
  });

  it('runs an action that needs the library once it has loaded', async () => {
    let calls = 0;
    const result = await onDemand.withYaml(() => {
      calls++;
      return onDemand.parseDocument('k: v').toJS() as unknown;
    });
    expect(result).toEqual({ k: 'v' });
    expect(calls).toBe(2);
  });

  it('runs an action that does not need the library at once', async () => {
    let calls = 0;
    const pending = onDemand.withYaml(() => ++calls);
    expect(calls).toBe(1);
    await expect(pending).resolves.toBe(1);
    expect(onDemand.isYamlLoaded()).toBe(false);
  });
});
