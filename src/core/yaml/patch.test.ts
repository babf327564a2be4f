import { describe, expect, it } from 'vitest';
import type { ResourceId } from '../model/identity.ts';
import { type Patch, applyPatches } from './patch.ts';
import { createWorkspace } from './workspace.ts';

const text = `# Routes for the shop
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web   # the storefront
  namespace: shop
spec:
  parentRefs:
    - name: edge
      namespace: infra
  rules:
    # canary
    - backendRefs:
        - name: web-v1
          port: 8080
          weight: 90
        - name: web-v2
          port: 8080
          weight: 10 # new
---
apiVersion: v1
kind: Service
metadata: {name: web-v1, namespace: shop}
spec:
  ports: [{port: 8080}]
`;

const route: ResourceId = {
  group: 'gateway.networking.k8s.io',
  kind: 'HTTPRoute',
  namespace: 'shop',
  name: 'web',
};
const service: ResourceId = { group: '', kind: 'Service', namespace: 'shop', name: 'web-v1' };

function patched(patches: readonly Patch[], source = text): string {
  const result = applyPatches(createWorkspace(source), patches);
  if (!result.ok) throw new Error(result.error);
  return result.workspace.text;
}

/** The text with `before` replaced by `after` exactly once. */
function expectReplaced(before: string, after: string): string {
  expect(text.split(before)).toHaveLength(2);
  return text.replace(before, after);
}

describe('applyPatches keeps every byte it does not edit', () => {
  it.each<[string, Patch[], string, string]>([
    [
      'sets a scalar, keeping its trailing comment',
      [
        {
          op: 'set',
          target: route,
          path: ['spec', 'rules', 0, 'backendRefs', 1, 'weight'],
          value: 20,
        },
      ],
      'weight: 10 # new',
      'weight: 20 # new',
    ],
    [
      'adds a field in kubectl order',
      [{ op: 'set', target: route, path: ['spec', 'hostnames'], value: ['shop.example.com'] }],
      '      namespace: infra\n  rules:',
      '      namespace: infra\n  hostnames:\n    - shop.example.com\n  rules:',
    ],
    [
      'adds a nested block before existing keys',
      [
        {
          op: 'set',
          target: route,
          path: ['spec', 'rules', 0, 'matches'],
          value: [{ path: { type: 'PathPrefix', value: '/app' } }],
        },
      ],
      '    - backendRefs:',
      '    - matches:\n        - path:\n            type: PathPrefix\n            value: /app\n      backendRefs:',
    ],
    [
      'appends a list item',
      [
        {
          op: 'insert',
          target: route,
          path: ['spec', 'rules', 0, 'backendRefs'],
          index: 2,
          value: { name: 'web-v3', port: 8080, weight: 0 },
        },
      ],
      'weight: 10 # new\n',
      'weight: 10 # new\n        - name: web-v3\n          port: 8080\n          weight: 0\n',
    ],
    [
      'inserts a list item first',
      [
        {
          op: 'insert',
          target: route,
          path: ['spec', 'rules', 0, 'backendRefs'],
          index: 0,
          value: { name: 'web-v0', port: 8080 },
        },
      ],
      '    - backendRefs:\n        - name: web-v1',
      '    - backendRefs:\n        - name: web-v0\n          port: 8080\n        - name: web-v1',
    ],
    [
      'deletes a list item',
      [{ op: 'delete', target: route, path: ['spec', 'rules', 0, 'backendRefs', 0] }],
      '        - name: web-v1\n          port: 8080\n          weight: 90\n',
      '',
    ],
    [
      'deletes the first key of a list item',
      [{ op: 'delete', target: route, path: ['spec', 'rules', 0, 'backendRefs', 0, 'name'] }],
      '        - name: web-v1\n          port: 8080\n          weight: 90',
      '        - port: 8080\n          weight: 90',
    ],
    [
      'edits flow collections in flow style',
      [
        { op: 'set', target: service, path: ['spec', 'ports', 0, 'name'], value: 'http' },
        { op: 'insert', target: service, path: ['spec', 'ports'], index: 1, value: { port: 9090 } },
      ],
      'ports: [{port: 8080}]',
      'ports: [{port: 8080, name: http}, { port: 9090 }]',
    ],
    [
      'renames a resource',
      [{ op: 'renameResource', target: route, name: 'web-store' }],
      'name: web   # the storefront',
      'name: web-store   # the storefront',
    ],
    [
      'quotes strings that YAML 1.1 reads as booleans',
      [{ op: 'set', target: route, path: ['metadata', 'labels'], value: { canary: 'yes' } }],
      '  namespace: shop\nspec:',
      '  namespace: shop\n  labels:\n    canary: "yes"\nspec:',
    ],
    [
      'empties a list to []',
      [{ op: 'delete', target: route, path: ['spec', 'parentRefs', 0] }],
      '  parentRefs:\n    - name: edge\n      namespace: infra\n',
      '  parentRefs: []\n',
    ],
  ])('%s', (_name, patches, before, after) => {
    expect(patched(patches)).toBe(expectReplaced(before, after));
  });

  it('moves a list item with its comments', () => {
    const source = `kind: X
apiVersion: v1
metadata: {name: x}
items2:
  # first
  - a: 1
  - b: 2 # second
  # third
  - c: 3
`;
    const id: ResourceId = { group: '', kind: 'X', namespace: 'default', name: 'x' };
    const down = patched([{ op: 'move', target: id, path: ['items2'], from: 0, to: 2 }], source);
    expect(down).toBe(source.replace('  # first\n  - a: 1\n', '') + '  # first\n  - a: 1\n');
    expect(patched([{ op: 'move', target: id, path: ['items2'], from: 2, to: 0 }], down)).toBe(
      source,
    );
  });

  it('removes, adds and moves whole documents', () => {
    const serviceDocument =
      '---\napiVersion: v1\nkind: Service\nmetadata: {name: web-v1, namespace: shop}\nspec:\n  ports: [{port: 8080}]\n';
    expect(patched([{ op: 'removeResource', target: service }])).toBe(
      text.replace(serviceDocument, ''),
    );
    expect(
      patched([
        {
          op: 'addResource',
          value: {
            kind: 'Service',
            apiVersion: 'v1',
            metadata: { name: 'x' },
            spec: { ports: [{ port: 80 }] },
          },
        },
      ]),
    ).toBe(
      `${text}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n    - port: 80\n`,
    );
    const moved = patched([{ op: 'moveResource', target: service, before: route }]);
    expect(moved).toBe(`${serviceDocument}---\n${text.replace(serviceDocument, '')}`);
    expect(createWorkspace(moved).resources.map((entry) => entry.id.name)).toEqual([
      'web-v1',
      'web',
    ]);
  });

  it('keeps CRLF line ends in new lines', () => {
    const crlf = text.replaceAll('\n', '\r\n');
    const result = patched(
      [{ op: 'set', target: route, path: ['spec', 'hostnames'], value: ['a.example.com'] }],
      crlf,
    );
    expect(result).toContain('  hostnames:\r\n    - a.example.com\r\n  rules:');
    expect(result.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('writes into an empty value and under a comment', () => {
    const source =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  labels:\nspec: # ports go here\n  ports: []\n';
    const id: ResourceId = { group: '', kind: 'Service', namespace: 'default', name: 's' };
    expect(
      patched(
        [{ op: 'set', target: id, path: ['metadata', 'labels', 'app'], value: 'web' }],
        source,
      ),
    ).toBe(source.replace('  labels:\n', '  labels:\n    app: web\n'));
    expect(
      patched(
        [{ op: 'insert', target: id, path: ['spec', 'ports'], index: 0, value: { port: 80 } }],
        source,
      ),
    ).toBe(source.replace('  ports: []\n', '  ports:\n    - port: 80\n'));
  });

  it('reports a missing resource instead of throwing', () => {
    const result = applyPatches(createWorkspace(text), [
      { op: 'set', target: { ...route, name: 'nope' }, path: ['spec'], value: {} },
    ]);
    expect(result).toEqual({ ok: false, error: 'HTTPRoute shop/nope is not in the documents' });
  });
});
