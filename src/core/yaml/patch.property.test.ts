import fc from 'fast-check';
import { Document, isCollection, isPair, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { changeIn } from '../util/setIn.ts';
import type { FieldPath } from './fieldPath.ts';
import { type Patch, applyPatches } from './patch.ts';
import { locateField } from './sourceMap.ts';
import { createWorkspace } from './workspace.ts';

/*
 * Property tests of the promise behind every canvas edit: a patch changes the data exactly as
 * asked, changes no byte outside the collection it edits, and keeps every comment that is not
 * inside a node it removes or replaces.
 */

const keys = fc.constantFrom(
  'name',
  'port',
  'weight',
  'rules',
  'matches',
  'path',
  'value',
  'type',
  'hostnames',
  'x-extra',
  'a b',
);
const scalar = fc.oneof(
  fc.constantFrom('web', 'yes', 'on', '123', 'a: b', '#not-a-comment', '', '/api/v1', 'Ünïcode'),
  fc.integer({ min: -5, max: 100000 }),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(keys, tie('node'), { maxKeys: 4 }),
  ),
})).node;
const spec = fc.dictionary(keys, value, { minKeys: 1, maxKeys: 5 });

interface Rendered {
  readonly text: string;
  readonly comments: readonly string[];
}

/** Renders a resource with a unique comment before or after many of its nodes, in a random layout. */
function render(
  data: Record<string, unknown>,
  seed: number,
  indentSeq: boolean,
  flowEvery: number,
): Rendered {
  const doc = new Document({
    apiVersion: 'example.com/v1',
    kind: 'Widget',
    metadata: { name: 'w' },
    spec: data,
  });
  const comments: string[] = [];
  let counter = 0;
  visit(doc, {
    Pair(_, pair) {
      counter++;
      if (isPair(pair) && pair.key && typeof pair.key === 'object' && (counter + seed) % 3 === 0) {
        const id = ` c${comments.length}`;
        (pair.key as { commentBefore?: string }).commentBefore = id;
        comments.push(id);
      }
    },
    Seq(_, node) {
      counter++;
      if ((counter + seed) % flowEvery === 0 && node.items.every((item) => !isCollection(item)))
        node.flow = true;
    },
    Map(_, node) {
      counter++;
      if ((counter + seed) % (flowEvery + 1) === 0 && node.items.length < 3) node.flow = true;
    },
  });
  const text = doc.toString({ indentSeq, lineWidth: 0 });
  return { text, comments: comments.map((comment) => `#${comment}`) };
}

/** Every path to a node of a value, with whether it is a list. */
function paths(data: unknown, prefix: FieldPath = []): { path: FieldPath; value: unknown }[] {
  const out = [{ path: prefix, value: data }];
  if (Array.isArray(data))
    (data as unknown[]).forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (data && typeof data === 'object')
    for (const [key, item] of Object.entries(data)) out.push(...paths(item, [...prefix, key]));
  return out;
}

/** The start of the comment-only lines directly above the line of `offset`. */
function leadingComments(text: string, offset: number): number {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  while (start > 0) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (
      !text
        .slice(previous, start - 1)
        .trim()
        .startsWith('#')
    )
      break;
    start = previous;
  }
  return start;
}

const target = { group: 'example.com', kind: 'Widget', namespace: 'default', name: 'w' };

describe('patches', () => {
  it('change the data as asked, no byte outside the edited collection, and keep comments', () => {
    fc.assert(
      fc.property(
        spec,
        fc.nat(),
        fc.boolean(),
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'add', 'insert', 'delete'), value), {
          minLength: 1,
          maxLength: 4,
        }),
        (data, seed, indentSeq, flowEvery, operations) => {
          const rendered = render(data, seed, indentSeq, flowEvery);
          let workspace = createWorkspace(rendered.text);
          expect(workspace.diagnostics).toEqual([]);
          let surviving = [...rendered.comments];
          for (const [pick, kind, newValue] of operations) {
            const entry = workspace.resources[0];
            if (!entry) throw new Error('resource lost');
            const candidates = paths(entry.raw['spec'], ['spec']);
            const chosen = candidates[pick % candidates.length];
            if (!chosen) continue;
            let patch: Patch;
            let parentPath: FieldPath;
            if (
              kind === 'add' &&
              chosen.value &&
              typeof chosen.value === 'object' &&
              !Array.isArray(chosen.value)
            ) {
              const key = `k${pick % 7}`;
              patch = { op: 'set', target, path: [...chosen.path, key], value: newValue };
              parentPath = chosen.path;
            } else if (kind === 'insert' && Array.isArray(chosen.value)) {
              patch = {
                op: 'insert',
                target,
                path: chosen.path,
                index: pick % (chosen.value.length + 1),
                value: newValue,
              };
              parentPath = chosen.path;
            } else if (kind === 'delete' && chosen.path.length > 1) {
              patch = { op: 'delete', target, path: chosen.path };
              parentPath = chosen.path.slice(0, -1);
            } else {
              patch = { op: 'set', target, path: chosen.path, value: newValue };
              parentPath = chosen.path.length > 1 ? chosen.path.slice(0, -1) : chosen.path;
            }
            const before = workspace.text;
            const parent = locateField(workspace, entry, parentPath);
            const replaced =
              patch.op === 'set' || patch.op === 'delete'
                ? locateField(workspace, entry, chosen.path)
                : null;
            const result = applyPatches(workspace, [patch]);
            if (!result.ok) throw new Error(`${result.error}\n${before}\n${JSON.stringify(patch)}`);
            const after = result.workspace.text;
            // The data is exactly the patched data.
            const expected = changeIn(
              entry.raw,
              patch.path,
              patch.op === 'delete'
                ? { op: 'delete' }
                : patch.op === 'insert'
                  ? { op: 'insert', index: patch.index, value: patch.value }
                  : { op: 'set', value: patch.value },
            );
            expect(result.workspace.resources[0]?.raw).toEqual(expected);
            // No byte outside the edited collection's lines changed.
            if (!parent) throw new Error('parent not found');
            const lineStart = before.lastIndexOf('\n', parent.range.start - 1) + 1;
            const afterEnd = before.indexOf('\n', parent.valueRange.end);
            const tail = afterEnd < 0 ? '' : before.slice(afterEnd);
            expect(
              after.startsWith(before.slice(0, lineStart)),
              `${before}\n=== ${JSON.stringify(patch)} ===>\n${after}`,
            ).toBe(true);
            expect(
              after.endsWith(tail),
              `${before}\n=== ${JSON.stringify(patch)} ===>\n${after}`,
            ).toBe(true);
            // Comments survive, except those inside a node that was removed or replaced.
            if (replaced?.exact) {
              // A deleted field takes the comment lines right above it (and after its dash) along.
              const isItem = typeof chosen.path[chosen.path.length - 1] === 'number';
              const start = isItem
                ? before.lastIndexOf('-', replaced.range.start - 1)
                : replaced.range.start;
              const from =
                patch.op === 'delete' ? leadingComments(before, start) : replaced.range.start;
              const inside = before.slice(from, replaced.range.end);
              surviving = surviving.filter((comment) => !inside.includes(comment));
            }
            const context = `${before}\n=== ${JSON.stringify(patch)} ===>\n${after}`;
            for (const comment of surviving) expect(after, context).toContain(comment);
            workspace = result.workspace;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
