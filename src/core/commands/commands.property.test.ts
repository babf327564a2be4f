import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameResource } from '../model/identity.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import { type Patch, applyPatches } from '../yaml/patch.ts';
import { documentOf, locateField } from '../yaml/sourceMap.ts';
import type { TextRange } from '../yaml/textRange.ts';
import { type Workspace, createWorkspace } from '../yaml/workspace.ts';
import { addBackendRef } from './addBackendRef.ts';
import { addFilter } from './addFilter.ts';
import { addListener } from './addListener.ts';
import { addMatch } from './addMatch.ts';
import { addResource } from './addResource.ts';
import { addRule } from './addRule.ts';
import { attachRouteToParent } from './attachRouteToParent.ts';
import type { CommandResult } from './commandResult.ts';
import { deleteElement } from './deleteElement.ts';
import { deleteField } from './deleteField.ts';
import { deleteResource } from './deleteResource.ts';
import { duplicateResource } from './duplicateResource.ts';
import { valueAt } from './listRemovals.ts';
import { moveRule } from './moveRule.ts';
import { renameResource } from './renameResource.ts';
import { setBackendWeight } from './setBackendWeight.ts';
import { setField } from './setField.ts';

const gw = 'gateway.networking.k8s.io';

// Every comment is unique (`#cN`), on its own line or after a value, at every depth.
const commented = `#c1 shop routing
apiVersion: ${gw}/v1 #c2
kind: Gateway
metadata:
  name: edge #c3
  namespace: shop
spec:
  gatewayClassName: edge-class
  listeners:
    #c4 plain http
    - name: http
      port: 80 #c5
      protocol: HTTP
---
#c6 the route
apiVersion: ${gw}/v1
kind: HTTPRoute
metadata:
  name: web
  namespace: shop
spec:
  parentRefs:
    #c7
    - name: edge #c8
      sectionName: http
  rules:
    #c9 canary
    - matches:
        - path: #c10
            type: PathPrefix
            value: /api #c11
      backendRefs:
        #c12
        - name: web-v1 #c13
          port: 8080
          weight: 90 #c14
        - name: web-v2
          port: 8080
          weight: 10
    #c15 fallback
    - backendRefs:
        - name: web-v1
          port: 8080 #c16
---
apiVersion: v1
kind: Service
metadata:
  name: web-v1 #c17
  namespace: shop
spec:
  ports:
    #c18
    - name: http
      port: 8080 #c19
---
#c20
apiVersion: v1
kind: Service
metadata:
  name: web-v2
  namespace: shop
spec:
  ports:
    - port: 8080 #c21
#c22 end
`;

type Step = (workspace: Workspace, pick: (n: number) => number) => CommandResult;

function ofKind(workspace: Workspace, kind: string) {
  return workspace.resources.filter((entry) => entry.id.kind === kind).map((entry) => entry.id);
}

function element<T>(items: readonly T[], pick: (n: number) => number): T | undefined {
  return items.length === 0 ? undefined : items[pick(items.length)];
}

const none: CommandResult = { error: 'nothing to do' };

const steps: Record<string, Step> = {
  addResource: (ws, pick) =>
    addResource(ws, {
      kind: element(['HTTPRoute', 'Service', 'Gateway'] as const, pick) ?? 'Service',
      namespace: 'shop',
    }),
  attach: (ws, pick) => {
    const route = element(ofKind(ws, 'HTTPRoute'), pick);
    const parent = element([...ofKind(ws, 'Gateway'), ...ofKind(ws, 'Service')], pick);
    return route && parent ? attachRouteToParent(ws, { route, parent, listener: 'http' }) : none;
  },
  addBackendRef: (ws, pick) => {
    const route = element(ofKind(ws, 'HTTPRoute'), pick);
    const service = element(ofKind(ws, 'Service'), pick);
    return route && service ? addBackendRef(ws, { route, rule: pick(3), service }) : none;
  },
  setBackendWeight: (ws, pick) => {
    const route = element(ofKind(ws, 'HTTPRoute'), pick);
    return route
      ? setBackendWeight(ws, { route, rule: pick(3), backendRef: pick(3), weight: pick(100) })
      : none;
  },
  addRule: (ws, pick) => {
    const route = element(ofKind(ws, 'HTTPRoute'), pick);
    return route ? addRule(ws, { route, index: pick(3) }) : none;
  },
  addMatch: (ws, pick) => {
    const route = element(ofKind(ws, 'HTTPRoute'), pick);
    return route ? addMatch(ws, { route, rule: pick(3) }) : none;
  },
  addFilter: (ws, pick) => {
    const route = element(ofKind(ws, 'HTTPRoute'), pick);
    const type =
      element(['RequestHeaderModifier', 'RequestMirror', 'URLRewrite', 'CORS'] as const, pick) ??
      'CORS';
    return route ? addFilter(ws, { route, rule: pick(3), type }) : none;
  },
  addListener: (ws, pick) => {
    const target = element(ofKind(ws, 'Gateway'), pick);
    return target
      ? addListener(ws, {
          target,
          protocol: element(['HTTP', 'TCP', 'TLS'] as const, pick) ?? 'HTTP',
        })
      : none;
  },
  moveRule: (ws, pick) => {
    const route = element(ofKind(ws, 'HTTPRoute'), pick);
    return route ? moveRule(ws, { route, from: pick(3), to: pick(3) }) : none;
  },
  deleteElement: (ws, pick) => {
    const target = element(
      ws.resources.map((entry) => entry.id),
      pick,
    );
    if (!target) return none;
    const elements = [
      { type: 'rule', rule: pick(3) },
      { type: 'match', rule: pick(3), match: pick(2) },
      { type: 'backendRef', rule: pick(3), backendRef: pick(3) },
      { type: 'parentRef', parentRef: pick(2) },
      { type: 'listener', listener: pick(3) },
      { type: 'filter', rule: pick(3), filter: pick(2) },
    ] as const;
    return deleteElement(ws, { target, element: element(elements, pick) ?? elements[0] });
  },
  deleteResource: (ws, pick) => {
    const target = element(
      ws.resources.map((entry) => entry.id),
      pick,
    );
    return target
      ? deleteResource(ws, { target, references: pick(2) === 0 ? 'keep' : 'remove' })
      : none;
  },
  renameResource: (ws, pick) => {
    const target = element(
      ws.resources.map((entry) => entry.id),
      pick,
    );
    return target ? renameResource(ws, { target, name: `renamed-${pick(1000)}` }) : none;
  },
  duplicateResource: (ws, pick) => {
    const target = element(
      ws.resources.map((entry) => entry.id),
      pick,
    );
    return target ? duplicateResource(ws, { target }) : none;
  },
  setField: (ws, pick) => {
    const target = element(ofKind(ws, 'HTTPRoute'), pick);
    return target
      ? setField(ws, { target, path: ['spec', 'hostnames'], value: [`h${pick(9)}.example.com`] })
      : none;
  },
  deleteField: (ws, pick) => {
    const target = element(ofKind(ws, 'HTTPRoute'), pick);
    const path = element<FieldPath>(
      [
        ['spec', 'hostnames'],
        ['spec', 'rules', 0, 'matches'],
        ['metadata', 'namespace'],
      ],
      pick,
    );
    return target && path ? deleteField(ws, { target, path }) : none;
  },
};

/** The text a patch may take away: the node it deletes or replaces, with the comment lines just above it. */
function removedRange(workspace: Workspace, patch: Patch): TextRange | null {
  if (patch.op === 'insert' || patch.op === 'addResource' || patch.op === 'renameResource')
    return null;
  const entry = workspace.resources.find((candidate) => sameResource(candidate.id, patch.target));
  if (!entry) return null;
  if (patch.op === 'removeResource' || patch.op === 'moveResource') {
    const document = documentOf(workspace, entry.segment);
    return document
      ? { start: document.start, end: document.start + entry.segment.source.length }
      : null;
  }
  let path = patch.path;
  // Deleting the only item of a map or list rewrites its parent as `{}` or `[]`.
  const parent = valueAt(entry.raw, path.slice(0, -1));
  const size = Array.isArray(parent)
    ? parent.length
    : typeof parent === 'object' && parent !== null
      ? Object.keys(parent).length
      : 0;
  if (patch.op === 'delete' && size === 1) path = path.slice(0, -1);
  const located = locateField(workspace, entry, path);
  if (!located?.exact) return null;
  return withCommentsAbove(workspace.text, patch.op === 'set' ? located.valueRange : located.range);
}

function withCommentsAbove(text: string, range: TextRange): TextRange {
  let start = text.lastIndexOf('\n', range.start - 1) + 1;
  for (;;) {
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    if (start === 0 || !/^\s*#/.test(text.slice(previousStart, start - 1))) break;
    start = previousStart;
  }
  return { start, end: range.end };
}

function commentsIn(text: string): Set<string> {
  return new Set(text.match(/#c\d+/g) ?? []);
}

describe('commands keep comments', () => {
  it('random command sequences keep every comment that is not inside a deleted node', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...Object.keys(steps)),
            fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
          ),
          {
            maxLength: 8,
          },
        ),
        (sequence) => {
          let workspace = createWorkspace(commented);
          const mayGo = new Set<string>();
          for (const [name, numbers] of sequence) {
            let next = 0;
            const pick = (n: number): number => (numbers[next++ % numbers.length] ?? 0) % n;
            const result = steps[name]?.(workspace, pick) ?? none;
            if ('error' in result) continue;
            for (const patch of result.patches) {
              const range = removedRange(workspace, patch);
              if (range)
                for (const comment of commentsIn(workspace.text.slice(range.start, range.end)))
                  mayGo.add(comment);
              const applied = applyPatches(workspace, [patch]);
              expect(applied.ok, `${name}: ${applied.ok ? '' : applied.error}`).toBe(true);
              if (applied.ok) workspace = applied.workspace;
            }
            expect(workspace.broken).toBe(false);
          }
          const kept = commentsIn(workspace.text);
          for (const comment of commentsIn(commented)) {
            if (!mayGo.has(comment))
              expect(kept, `${comment} after ${sequence.map(([n]) => n).join(', ')}`).toContain(
                comment,
              );
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
