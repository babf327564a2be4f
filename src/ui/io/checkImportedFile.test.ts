import { describe, expect, it } from 'vitest';
import { checkImportedFile } from './checkImportedFile.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const route = 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: web\n';

describe('checking a file before import', () => {
  it('accepts YAML with resources, exactly as it is', () => {
    const check = checkImportedFile('web.yaml', encode(`# 中文\r\n${route}`));
    expect(check).toMatchObject({ ok: true, text: `# 中文\r\n${route}` });
    // The workspace read from it comes along, so the import does not read it twice.
    if (check.ok) expect(check.workspace.text).toBe(check.text);
  });

  it('accepts resources beside a broken document (the person fixes it in the editor)', () => {
    expect(checkImportedFile('mixed.yaml', encode(`${route}---\nkind: [oops\n`)).ok).toBe(true);
  });

  it.each([
    [
      'too large',
      'big.yaml',
      encode('a'.repeat(2049)),
      'import.tooLarge',
      { file: 'big.yaml', size: '2 KiB', limit: '2 KiB' },
    ],
    [
      'binary',
      'image.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'import.binary',
      { file: 'image.png' },
    ],
    [
      'not UTF-8',
      'latin1.yaml',
      new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xe9]),
      'import.notUtf8',
      { file: 'latin1.yaml' },
    ],
    ['empty', 'empty.yaml', encode('  \n\n'), 'import.empty', { file: 'empty.yaml' }],
    [
      'no resources',
      'notes.txt',
      encode('just some words\n'),
      'import.noResources',
      { file: 'notes.txt' },
    ],
    [
      'not YAML',
      'bad.yaml',
      encode('apiVersion: v1\nkind: [Service\n'),
      'import.notYaml',
      { file: 'bad.yaml', line: 3 },
    ],
  ] as const)('refuses a file that is %s, naming it', (_name, fileName, bytes, message, params) => {
    const check = checkImportedFile(fileName, bytes, 2048);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.message).toBe(message);
      expect(check.params).toMatchObject(params);
    }
  });
});
