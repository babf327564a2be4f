import { describe, expect, it } from 'vitest';
import { displayName } from '../model/identity.ts';
import { LIMITS } from './limits.ts';
import { createWorkspace, lineColumnOf, updateWorkspace } from './workspace.ts';

const route = (name: string, extra = '') => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: ${name}
${extra}spec:
  rules:
    - backendRefs:
        - name: web
          port: 80
`;

function errorsOf(text: string) {
  const workspace = createWorkspace(text);
  return workspace.diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => ({
      code: diagnostic.code,
      message: diagnostic.message,
      at: diagnostic.range ? lineColumnOf(workspace, diagnostic.range.start) : null,
    }));
}

describe('reading documents', () => {
  it('reads many documents, a List and JSON, with identities and kubectl namespace defaulting', () => {
    const text = [
      route('a'),
      route('b', '  namespace: shop\n'),
      `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata: {name: web}
  - apiVersion: v1
    kind: Namespace
    metadata: {name: shop}
`,
      `{"apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass", "metadata": {"name": "cls"}, "spec": {"controllerName": "x/y"}}\n`,
    ].join('---\n');
    const workspace = createWorkspace(text, { defaultNamespace: 'team' });
    expect(workspace.resources.map((entry) => displayName(entry.id))).toEqual([
      'HTTPRoute team/a',
      'HTTPRoute shop/b',
      'Service team/web',
      'Namespace shop',
      'GatewayClass cls',
    ]);
    expect(workspace.resources[2]?.basePath).toEqual(['items', 0]);
    expect(workspace.diagnostics).toEqual([]);
  });

  it('keeps unknown kinds and unknown fields in the raw data', () => {
    const workspace = createWorkspace(`apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  color: blue
---
${route('r', '  labels: {app: x}\n')}  futureField: 1
`);
    const [widget, httpRoute] = workspace.resources;
    expect(widget?.resource).toBeUndefined();
    expect(widget?.raw).toMatchObject({ spec: { color: 'blue' } });
    expect(httpRoute?.raw['spec']).toMatchObject({ futureField: 1 });
    expect(httpRoute?.resource?.kind).toBe('HTTPRoute');
  });

  it('reports documents that are not resources, with their place', () => {
    expect(errorsOf('- a\n- b\n')).toEqual([
      {
        code: 'NotAResource',
        message: expect.stringContaining('is a list') as string,
        at: { line: 1, column: 1 },
      },
    ]);
    expect(errorsOf(`${route('ok')}---\njust text\n`)).toEqual([
      {
        code: 'NotAResource',
        message: expect.stringContaining('a single value') as string,
        at: { line: 11, column: 1 },
      },
    ]);
    expect(errorsOf('apiVersion: v1\nmetadata: {name: x}\n')).toEqual([
      {
        code: 'MissingKind',
        message: 'kind is required (for example HTTPRoute)',
        at: { line: 1, column: 1 },
      },
    ]);
  });

  it('ignores empty documents, as kubectl does', () => {
    const workspace = createWorkspace(`---\n# nothing here\n---\n${route('a')}---\n`);
    expect(workspace.resources).toHaveLength(1);
    expect(workspace.diagnostics).toEqual([]);
  });

  it('warns about a resource defined twice', () => {
    const workspace = createWorkspace(`${route('a')}---\n${route('a')}`);
    expect(workspace.diagnostics).toMatchObject([
      { severity: 'warning', code: 'DuplicateResource', path: 'metadata.name' },
    ]);
  });
});

describe('untrusted text', () => {
  const bomb = (() => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 0; i < 8; i++) {
      const previous = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      text += `${next}: &${next} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]\n`;
    }
    return text;
  })();

  it('refuses an alias bomb with a clear message and its place', () => {
    const [finding] = errorsOf(bomb);
    expect(finding?.code).toBe('YAMLAliasLimit');
    expect(finding?.message).toMatch(/alias bomb/);
    expect(finding?.at?.line).toBeGreaterThan(1);
  });

  it('accepts benign alias use up to 1,000 expansions and refuses more', () => {
    const uses = (count: number) =>
      `apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\ndefaults: &d {port: 80}\nlist: [${Array.from({ length: count }, () => '*d').join(', ')}]\n`;
    expect(createWorkspace(uses(LIMITS.maxAliasExpansions)).diagnostics).toEqual([]);
    expect(errorsOf(uses(LIMITS.maxAliasExpansions + 1)).map((finding) => finding.code)).toEqual([
      'YAMLAliasLimit',
    ]);
    const scalars = `apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nx: &x v\nl: [${Array.from({ length: 5000 }, () => '*x').join(',')}]\n`;
    expect(createWorkspace(scalars).diagnostics).toEqual([]);
  });

  it.each([
    ['a list that contains itself', 'a: &a [ *a ]\n'],
    ['a map that contains itself', 'a: &a { b: *a }\n'],
  ])('refuses %s', (_name, text) => {
    expect(errorsOf(text).map((finding) => finding.code)).toEqual(['YAMLAliasCycle']);
  });

  it.each([
    ['a scalar', 'kind: Service\n<<: x\n', { line: 2, column: 1 }],
    [
      'a list holding a scalar',
      'kind: Service\nmetadata:\n  <<: [{name: a}, 1]\n',
      { line: 3, column: 3 },
    ],
  ])('reports a merge key that takes %s at its place', (_name, text, at) => {
    expect(errorsOf(text)).toMatchObject([{ code: 'YAMLMerge', at }]);
  });

  it('merges a mapping, an alias of one, and a list of them', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Service, metadata: &m {name: a}}\n' +
      '- {apiVersion: v1, kind: Service, metadata: {<<: *m, namespace: x}}\n' +
      '- apiVersion: v1\n  kind: Service\n  metadata:\n    <<: [*m, {labels: {b: c}}]\n';
    const names = createWorkspace(text).resources.map((entry) => entry.raw['metadata']);
    expect(names).toEqual([
      { name: 'a' },
      { name: 'a', namespace: 'x' },
      { name: 'a', labels: { b: 'c' } },
    ]);
  });

  it('refuses a text over the size limit before parsing, naming its size, and keeps the text', () => {
    const text = `# ${'x'.repeat(6 * 1024 * 1024)}\n`;
    const workspace = createWorkspace(text);
    expect(workspace.text).toBe(text);
    expect(workspace.broken).toBe(true);
    expect(workspace.diagnostics[0]?.message).toBe(
      'The text is 6.0 MiB, more than the limit of 5.0 MiB; it is kept but not read',
    );
  });

  it('refuses deep nesting', () => {
    const deep = `${'['.repeat(300)}${']'.repeat(300)}\n`;
    expect(errorsOf(`a: ${deep}`)[0]?.code).toMatch(/YAMLTooDeep|YAMLSyntax/);
    const block = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(errorsOf(block).map((finding) => finding.code)).toEqual(['YAMLTooDeep']);
  });

  it.each([
    ['duplicate keys', 'a: 1\na: 2\n', 'YAMLSyntax', { line: 2, column: 1 }],
    ['tabs as indentation', 'a:\n\tb: 1\n', 'YAMLSyntax', { line: 2, column: 1 }],
    ['an unclosed flow list', 'a: [1, 2\nb: 3\n', 'YAMLSyntax', { line: 2, column: 1 }],
  ])('reports %s with line and column', (_name, text, code, at) => {
    expect(errorsOf(text)).toMatchObject([{ code, at }]);
  });

  it('reads a byte order mark and CRLF line ends', () => {
    const workspace = createWorkspace(`\uFEFF${route('a').replaceAll('\n', '\r\n')}`);
    expect(workspace.diagnostics).toEqual([]);
    expect(workspace.resources[0]?.id.name).toBe('a');
  });

  it('never executes custom tags: the value is read as a plain string, with a warning', () => {
    const workspace = createWorkspace(
      `${route('a')}extra: !!js/function "function () { return 1 }"\nother: !custom 5\n`,
    );
    expect(workspace.resources[0]?.raw['extra']).toBe('function () { return 1 }');
    expect(
      workspace.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code]),
    ).toEqual([
      ['warning', 'YAMLUnknownTag'],
      ['warning', 'YAMLUnknownTag'],
    ]);
  });

  it('keeps __proto__ and constructor keys as plain data and pollutes nothing', () => {
    const workspace = createWorkspace(
      `${route('a', '  labels:\n    __proto__: polluted\n    constructor: x\n')}__proto__:\n  polluted: yes\n`,
    );
    const entry = workspace.resources[0];
    expect(Object.keys(entry?.raw ?? {})).toContain('__proto__');
    const labels = entry?.resource?.metadata.labels ?? {};
    expect(Object.keys(labels)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(labels, '__proto__')?.value).toBe('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('incremental re-parse', () => {
  const text = [route('a'), route('b'), route('c')].join('---\n');

  it('re-parses only the edited document and keeps the other entries', () => {
    const before = createWorkspace(text);
    const edited = text.replace('name: b', 'name: b2');
    const after = updateWorkspace(before, edited);
    expect(after.parsedDocuments).toBe(1);
    expect(after.resources.map((entry) => entry.id.name)).toEqual(['a', 'b2', 'c']);
    expect(after.resources[0]).toBe(before.resources[0]);
    expect(after.resources[2]).toBe(before.resources[2]);
    const fresh = createWorkspace(edited);
    expect(after.text).toBe(fresh.text);
    expect(after.resources.map((entry) => entry.raw)).toEqual(
      fresh.resources.map((entry) => entry.raw),
    );
    expect(after.documents.map((document) => document.start)).toEqual(
      fresh.documents.map((document) => document.start),
    );
  });

  it('handles edits that add, join and remove documents', () => {
    const before = createWorkspace(text);
    for (const edited of [
      `${text}---\n${route('d')}`,
      text.replace('---\n', ''),
      text.slice(text.indexOf('---\n') + 4),
      `${route('z')}---\n${text}`,
      '',
    ]) {
      const incremental = updateWorkspace(before, edited);
      const fresh = createWorkspace(edited);
      expect(incremental.resources.map((entry) => entry.key)).toEqual(
        fresh.resources.map((entry) => entry.key),
      );
      expect(incremental.diagnostics).toEqual(fresh.diagnostics);
      expect(incremental.documents.map((document) => document.start)).toEqual(
        fresh.documents.map((document) => document.start),
      );
    }
  });
});
