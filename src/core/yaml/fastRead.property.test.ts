import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { mayShareObjects, readDocumentsFast } from './fastRead.ts';
import { PARSE_OPTIONS } from './parseSegment.ts';

/** The documents' data as `yaml` reads them, or 'error' when any document has an error. */
function readSlowly(text: string): unknown[] | 'error' {
  const documents = parseAllDocuments(text, PARSE_OPTIONS);
  if (!Array.isArray(documents) || documents.some((document) => document.errors.length > 0))
    return 'error';
  return documents.map((document) => document.toJS({ maxAliasCount: -1 }) as unknown);
}

/**
 * Checks that where the fast reader reads a text, `yaml` reads the same data without errors. A
 * text of nothing but blanks and comments is one empty document to js-yaml and none to `yaml`;
 * the workspace reads no resources from it either way.
 */
function expectSameReading(text: string): void {
  const fast = readDocumentsFast(text);
  if (fast === undefined) return;
  const slow = readSlowly(text);
  const nothing = slow !== 'error' && slow.length === 0 && fast.every((data) => data === null);
  expect(nothing ? [] : fast).toStrictEqual(slow);
}

// Words that read as other types, or need quoting, in some YAML reader or another.
const scalar = fc.oneof(
  fc.constantFrom(
    'true',
    'True',
    'yes',
    'on',
    'off',
    'null',
    '~',
    '',
    '0x1F',
    '0o17',
    '017',
    '0b101',
    '+12',
    '-0',
    '.5',
    '1.',
    '1e3',
    '-.5e+2',
    '.inf',
    '.NaN',
    '1_000',
    '12:30',
    '2001-12-14',
    '<<',
    '/api/v1',
    'a: b',
    '- x',
    '# not a comment',
    "it's",
    'say "hi"',
    '[x]',
    '{x}',
    '*x',
    '&x',
    '!x',
    '%x',
    '@x',
    '`x',
    '|',
    '>',
    '?',
    'x ? y',
    'é',
    'tab\there',
    'two\nlines',
    ' padded ',
  ),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);
const key = fc.oneof(
  fc.constantFrom(
    'apiVersion',
    'kind',
    'name',
    'value',
    'x-y',
    'a b',
    '1',
    '1.0',
    '0x1F',
    'true',
    '~',
    '<<',
  ),
  fc.integer(),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  ),
})).node;
const style = fc.record({
  flowLevel: fc.constantFrom(-1, 0, 1, 2),
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL'),
  lineWidth: fc.constantFrom(0, 20, 80),
});
const documents = fc
  .tuple(
    fc.array(fc.tuple(value, style), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([items, marked, crlf]) => {
    const text = items
      .map(([data, options], i) => {
        const body = stringify(data, { ...options, defaultKeyType: 'PLAIN' } as const);
        return i > 0 || marked ? `---\n${body}` : body;
      })
      .join('');
    return crlf ? text.replaceAll('\n', '\r\n') : text;
  });

/** A typing slip: a character dropped, doubled or replaced, or a line break or space added. */
const slip = fc.tuple(
  fc.nat(),
  fc.constantFrom('drop', 'double', 'space', 'newline', 'quote', 'dash', 'colon'),
);
function withSlip(text: string, [at, kind]: [number, string]): string {
  const i = text.length === 0 ? 0 : at % text.length;
  const before = text.slice(0, i);
  const after = text.slice(i);
  switch (kind) {
    case 'drop':
      return before + after.slice(1);
    case 'double':
      return before + (after[0] ?? '') + after;
    case 'space':
      return `${before} ${after}`;
    case 'newline':
      return `${before}\n${after}`;
    case 'quote':
      return `${before}"${after}`;
    case 'dash':
      return `${before}- ${after}`;
    default:
      return `${before}: ${after}`;
  }
}

describe('readDocumentsFast', () => {
  it.each([
    ['v: 0b101', { v: '0b101' }],
    ['v: -0x1', { v: '-0x1' }],
    ['v: +0o7', { v: '+0o7' }],
    ['v: 0o17', { v: 15 }],
    ['v: 0x1F', { v: 31 }],
    ['v: -.5e+2', { v: -50 }],
    ['v: .5', { v: 0.5 }],
    ['v: -.Inf', { v: -Infinity }],
    ['v: yes', { v: 'yes' }],
    ['v: True', { v: true }],
    ['v: ~', { v: null }],
    ['v: 1_000', { v: '1_000' }],
    ['v: 2001-12-14', { v: '2001-12-14' }],
  ])('reads %j as the YAML 1.2 core schema does', (text, data) => {
    expect(readDocumentsFast(text)).toStrictEqual([data]);
    expect(readSlowly(text)).toStrictEqual([data]);
  });

  it.each([
    ['a collection as a key', '? [a, b]\n: 1\n'],
    ['a null key', '~: 1\n'],
    ['a merge key', 'a: &a {x: 1}\nb:\n  <<: *a\n'],
    ['a glued marker', '---x: 1\n'],
    ['a quoted scalar on two lines', 'a: "x\nb"\n'],
    ['a comment glued to a quote', 'a: "x"# c\n'],
    ['an empty sequence entry', 'a:\n  -\n- b\n'],
    ['a tag before a line break', 'a: !!str\n  0x1\n'],
    ['an explicit indentation', '|1-\n x\n---\nb: 1\n'],
    ['a flow collection on two lines', 'a: [b,\nc]\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a tab in the indentation', '\tx\n'],
    ['an empty sequence entry, with CRLF line ends', 'a:\r\n  -\r\n- b\r\n'],
    ['a tag before a CRLF line end', 'a: !!str\r\n  0x1\r\n'],
    ['a carriage return alone', 'a: 1\rb: 2\r\n'],
  ])('leaves %s to yaml', (_what, text) => {
    expect(readDocumentsFast(text)).toBeUndefined();
  });

  it.each([
    ['a: &x {b: 1}\nc: *x\n', true],
    ['a: &x [1]\nc: [*x]\n', true],
    ['- *x\n', true],
    ['hostnames: ["*.example.com"]\n', false],
    ["path: '/api/*'\n", false],
    ['a: b*c\n', false],
  ])('tells whether %j may share objects (%s)', (text, shared) => {
    expect(mayShareObjects(text)).toBe(shared);
  });

  it('reads what yaml reads, wherever it reads at all', () => {
    fc.assert(
      fc.property(documents, (text) => {
        expectSameReading(text);
      }),
      { numRuns: 400 },
    );
  });

  it('never reads a text with a typing slip differently from yaml', () => {
    fc.assert(
      fc.property(documents, fc.array(slip, { minLength: 1, maxLength: 3 }), (text, slips) => {
        expectSameReading(slips.reduce(withSlip, text));
      }),
      { numRuns: 1000 },
    );
  });
});
