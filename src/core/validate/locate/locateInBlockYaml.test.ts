import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  allTestManifests,
  baseManifests,
  meshManifests,
  readManifest,
} from '../../testing/conformance.ts';
import type { FieldPath } from '../../yaml/fieldPath.ts';
import { locateField } from '../../yaml/sourceMap.ts';
import { createWorkspace } from '../../yaml/workspace.ts';
import { splitLines } from './blockLines.ts';
import { locateInBlockYaml } from './locateInBlockYaml.ts';
import { locateFindingField } from './locateFinding.ts';

/** Every path of a value, plus paths that go one step past what exists. */
function* pathsOf(value: unknown, path: FieldPath = []): Generator<FieldPath> {
  yield path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* pathsOf(item, [...path, i]);
    yield [...path, value.length];
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* pathsOf(item, [...path, key]);
    yield [...path, 'absent', 'deeper'];
  } else yield [...path, 'below'];
}

/** Paths where the fast locator and the full parser disagree (starts, exactness, depth). */
function disagreements(text: string): string[] {
  const workspace = createWorkspace(text);
  const out: string[] = [];
  for (const entry of workspace.resources) {
    for (const path of pathsOf(entry.raw)) {
      const expected = locateField(workspace, entry, path);
      const actual = locateFindingField(workspace, entry, path);
      const same =
        expected && actual
          ? expected.range.start === actual.range.start &&
            expected.valueRange.start === actual.valueRange.start &&
            expected.exact === actual.exact &&
            expected.depth === actual.depth
          : expected === actual;
      if (!same) out.push(`${entry.key} ${JSON.stringify(path)}`);
    }
  }
  return out;
}

const tricky = `# leading comment
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata:
    name: "quoted"   # trailing comment
    labels: {app: web, "a b": c}
    annotations:
      'it''s': "x: y"
      plain key: value # comment
  spec:
    ports:
      -   port: 80
          name: 'http'

      # a comment between items
      -
        port: 81
    selector:
      "x.y/z": 'v'
      text: |
        - not: a list
        key: not a key
      folded: >-
        folded
    clusterIP: None
- apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata: {name: flow}
  spec:
    hostnames: [a.example.com, b.example.com]
    rules:
    - matches:
      - path:
          type: PathPrefix
          value: /
      backendRefs: &refs
      - name: web
        port: 80
    - backendRefs: *refs
`;

describe('the fast field locator', () => {
  it.each([
    ['the base fixtures', baseManifests()],
    ['the mesh fixtures', meshManifests()],
    ['comments, quotes, block scalars, flow collections, anchors and Lists', tricky],
    [
      'a JSON document',
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'j' },
        spec: { ports: [{ port: 1 }] },
      }),
    ],
  ])('agrees with the full parser on %s', (_what, text) => {
    expect(disagreements(text)).toEqual([]);
  });

  it('agrees with the full parser on every conformance manifest', () => {
    expect(allTestManifests().flatMap((file) => disagreements(readManifest(file)))).toEqual([]);
  });

  it('agrees with the full parser on generated documents (property)', () => {
    const key = fc.stringMatching(/^[A-Za-z][\w.\-/ ]{0,12}$/).filter((k) => k.trim() === k);
    const leaf = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, tree, { maxKeys: 4 }), fc.boolean(), (spec, compact) => {
        const resource = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, spec };
        const text = stringify(resource, { indentSeq: !compact });
        expect(disagreements(text)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('leaves what it cannot read with certainty to the full parser', () => {
    const lines = splitLines('spec:\n  <<: *base\n  rules: []\n');
    expect(locateInBlockYaml(lines, ['spec', 'rules'])).toBeUndefined();
    expect(
      locateInBlockYaml(splitLines('spec: {rules: [1]}\n'), ['spec', 'rules', 0]),
    ).toBeUndefined();
    expect(locateInBlockYaml(splitLines('--- !tag\nspec: 1\n'), ['spec'])).toBeUndefined();
  });

  it('reads a long line in linear time', () => {
    const lines = splitLines(`spec:\n  ${'a '.repeat(20000)}\n`);
    expect(locateInBlockYaml(lines, ['spec', 'x'])?.exact).toBe(false);
  });
});
