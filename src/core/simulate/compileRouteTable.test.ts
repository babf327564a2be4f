import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type RoutingEdit,
  routingDocuments,
  routingEdits,
  routingText,
} from '../validate/testing/routingEdits.ts';
import { type Workspace, createWorkspace, updateWorkspace } from '../yaml/workspace.ts';
import { compileRouteTable } from './compileRouteTable.ts';
import type { RequestEntry, SimRequest } from './request.ts';
import { route } from './route.ts';

const edge: RequestEntry = { kind: 'gateway', namespace: 'infra', name: 'edge' };

function request(
  host: string,
  port: number,
  path: string,
  headers: Readonly<Record<string, string>> = {},
): SimRequest {
  return {
    method: 'GET',
    scheme: 'http',
    host,
    port,
    path,
    headers: Object.entries(headers).map(([name, value]) => ({ name, value })),
    entry: edge,
  };
}

const requests: readonly SimRequest[] = [
  request('www.example.com', 80, '/api/orders'),
  request('www.example.com', 80, '/'),
  request('www.example.com', 80, '/', { 'x-canary': 'true' }),
  request('www.example.org', 80, '/api'),
  request('www.example.com', 8080, '/api'),
];

const meshCall: SimRequest = {
  method: 'GET',
  scheme: 'http',
  host: 'echo.mesh',
  port: 80,
  path: '/',
  headers: [],
  entry: { kind: 'mesh', from: 'mesh' },
};

/** What the simulator answers for each request, and the patterns it reports. */
function answers(workspace: Workspace) {
  const table = compileRouteTable(workspace);
  return {
    decisions: [...requests, meshCall].map((request) => route(table, request)),
    regexProblems: table.regexProblems.map(({ entry, path, error }) => [entry.key, path, error]),
  };
}

describe('compileRouteTable after edits', () => {
  it('routes as a table compiled from scratch does, after any sequence of edits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<RoutingEdit>(...routingEdits), { minLength: 1, maxLength: 6 }),
        (edits) => {
          let documents = [...routingDocuments];
          let workspace = createWorkspace(routingText(documents));
          answers(workspace);
          const results = edits.map(([, edit]) => {
            documents = edit(documents);
            workspace = updateWorkspace(workspace, routingText(documents));
            return { text: workspace.text, answers: answers(workspace) };
          });
          // The tables compiled from scratch come last, so that they do not stand between the edits.
          for (const result of results) {
            expect(result.answers).toEqual(answers(createWorkspace(result.text)));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
