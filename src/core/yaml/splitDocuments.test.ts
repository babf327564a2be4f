import { describe, expect, it } from 'vitest';
import { splitDocuments } from './splitDocuments.ts';

describe('splitDocuments', () => {
  it.each([
    ['empty text', '', 1],
    ['one document', 'a: 1\n', 1],
    ['two documents', 'a: 1\n---\nb: 2\n', 2],
    ['leading marker and header comment', '# header\n---\na: 1\n---\nb: 2\n', 2],
    ['trailing empty document', 'a: 1\n---\n', 2],
    ['marker with a comment', 'a: 1\n--- # second\nb: 2\n', 2],
    ['document end marker then a bare document', 'a: 1\n...\nb: 2\n', 2],
    ['directives go with the next document', 'a: 1\n...\n%YAML 1.2\n---\nb: 2\n', 2],
    ['--- inside a block scalar ends it (YAML rule)', 'a: |\n  x\n---\nb: 2\n', 2],
    ['a key that starts with dashes is not a marker', '---a: 1\n', 1],
    ['an indented marker is not a marker', 'a:\n  ---\n', 1],
    ['CRLF line ends', 'a: 1\r\n---\r\nb: 2\r\n', 2],
    ['a directive after a leading blank line', '\n%YAML 1.2\n---\na: 1\n', 1],
    ['directives up to the text start', '%YAML 1.2\n%TAG ! tag:x,2026:\n---\na: 1\n', 1],
  ])('%s', (_name, text, count) => {
    const segments = splitDocuments(text);
    expect(segments).toHaveLength(count);
    expect(segments.map((segment) => segment.source).join('')).toBe(text);
    for (const segment of segments)
      expect(text.slice(segment.start, segment.start + segment.source.length)).toBe(segment.source);
  });
});
