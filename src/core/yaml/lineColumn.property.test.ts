import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineIndex, lineColumnAt } from './textRange.ts';
import { createWorkspace, lineColumnOf, updateWorkspace } from './workspace.ts';

/*
 * The workspace counts lines per document, so an edit re-counts only the documents it touches;
 * every offset must still get the line and column of the whole text.
 */

const line = fc.constantFrom(
  '---',
  '--- # doc',
  '...',
  '%YAML 1.2',
  '# comment',
  '',
  'kind: Service',
  'metadata:',
  '  name: web',
  '  x: "a',
  'spec: [1, 2',
  '\\t- bad',
);
const text = fc
  .tuple(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, end]) => lines.join(end));

describe('an edited workspace', () => {
  it('cuts the text into the documents a fresh read finds', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (first, inserted, a, b) => {
        const start = a % (first.length + 1);
        const end = start + (b % (first.length - start + 1));
        const next = first.slice(0, start) + inserted + first.slice(end);
        const edited = updateWorkspace(createWorkspace(first), next);
        const fresh = createWorkspace(next);
        const cuts = (workspace: typeof fresh) =>
          workspace.documents.map(({ start: at, segment }) => [at, segment.source]);
        expect(cuts(edited)).toEqual(cuts(fresh));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lineColumnOf', () => {
  it('gives the line and column of the whole text, before and after an edit', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), (first, second, cut) => {
        const workspaces = [createWorkspace(first)];
        const at = cut % (first.length + 1);
        const workspace = workspaces[0];
        if (workspace) workspaces.push(updateWorkspace(workspace, first.slice(0, at) + second));
        for (const each of workspaces) {
          const index = createLineIndex(each.text);
          for (let offset = 0; offset <= each.text.length; offset++) {
            expect(lineColumnOf(each, offset)).toEqual(lineColumnAt(index, offset));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
