/**
 * The routing expectations of conformance-cases.md section 3 for header modifiers (request,
 * backendRef-level and response), run against the v1.6.1 conformance manifests. Response headers
 * the conformance backend is told to return are given as the simulated backend's response.
 * None of these cases is left out.
 */
import { describe, expect, it } from 'vitest';
import {
  type HeaderField,
  type RouteDecision,
  type RouteTable,
  type SimRequest,
  compileRouteTable,
  createRandom,
  createWorkspace,
  parseRequestLine,
  route,
} from '../index.ts';
import { northSouthCase } from '../testing/conformance.ts';

const INFRA = 'gateway-conformance-infra';
const tables = new Map<string, RouteTable>();

function tableFor(text: string): RouteTable {
  let table = tables.get(text);
  if (!table) {
    table = compileRouteTable(createWorkspace(text));
    tables.set(text, table);
  }
  return table;
}

function fields(headers: Readonly<Record<string, string>>): HeaderField[] {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}

function request(
  line: string,
  headers: Readonly<Record<string, string>> = {},
  gateway = 'same-namespace',
  backendHeaders: Readonly<Record<string, string>> = {},
): SimRequest {
  const parsed = parseRequestLine(line, fields(headers), {
    kind: 'gateway',
    namespace: INFRA,
    name: gateway,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return { ...parsed.request, backendResponseHeaders: fields(backendHeaders) };
}

function send(
  file: string,
  line: string,
  headers: Readonly<Record<string, string>> = {},
  gateway = 'same-namespace',
): RouteDecision {
  return route(tableFor(northSouthCase(file)), request(line, headers, gateway));
}

function backendName(decision: RouteDecision): string | undefined {
  return decision.forwarded ? decision.backend?.name : undefined;
}

/** Expected header values; null means the header must be absent. */
type Expected = Readonly<Record<string, string | null>>;

function expectHeaders(actual: Readonly<Record<string, string>>, expected: Expected): void {
  for (const [name, value] of Object.entries(expected)) {
    if (value === null) expect(Object.hasOwn(actual, name), `${name} absent`).toBe(false);
    else expect(actual[name], name).toBe(value);
  }
}

const requestHeaderCases: readonly (readonly [string, Record<string, string>, Expected])[] = [
  [
    '/set',
    { 'Some-Other-Header': 'val' },
    { 'some-other-header': 'val', 'x-header-set': 'set-overwrites-values' },
  ],
  [
    '/set',
    { 'Some-Other-Header': 'val', 'X-Header-Set': 'some-other-value' },
    { 'x-header-set': 'set-overwrites-values' },
  ],
  ['/add', { 'Some-Other-Header': 'val' }, { 'x-header-add': 'add-appends-values' }],
  [
    '/add',
    { 'X-Header-Add': 'some-other-value' },
    { 'x-header-add': 'some-other-value,add-appends-values' },
  ],
  ['/remove', { 'X-Header-Remove': 'val' }, { 'x-header-remove': null }],
  [
    '/multiple',
    {
      'X-Header-Set-2': 'set-val-2',
      'X-Header-Add-2': 'add-val-2',
      'X-Header-Remove-2': 'remove-val-2',
      'Another-Header': 'another-header-val',
    },
    {
      'x-header-set-1': 'header-set-1',
      'x-header-set-2': 'header-set-2',
      'x-header-add-1': 'header-add-1',
      'x-header-add-2': 'add-val-2,header-add-2',
      'x-header-add-3': 'header-add-3',
      'another-header': 'another-header-val',
      'x-header-remove-1': null,
      'x-header-remove-2': null,
    },
  ],
  [
    '/case-insensitivity',
    {
      'x-header-set': 'original-val-set',
      'x-header-add': 'original-val-add',
      'x-header-remove': 'original-val-remove',
    },
    {
      'x-header-set': 'header-set',
      'x-header-add': 'original-val-add,header-add',
      'x-header-remove': null,
    },
  ],
];

describe.each([
  'httproute-request-header-modifier.yaml',
  'httproute-request-header-modifier-backend.yaml',
])('HTTPRouteRequestHeaderModifier (%s)', (file) => {
  it.each(requestHeaderCases)('%s %o', (path, headers, expected) => {
    const decision = send(file, `GET http://gw${path}`, headers);
    expect(backendName(decision)).toBe('infra-backend-v1');
    expectHeaders(decision.forwarded?.headers ?? {}, expected);
  });
});

describe('HTTPRouteRequestHeaderModifierBackendWeights', () => {
  it('the Backend header set by each backendRef always names the backend that got the request', () => {
    const table = tableFor(
      northSouthCase('httproute-request-header-modifier-backend-weights.yaml'),
    );
    const random = createRandom(7);
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const decision = route(table, request('GET http://gw/'), { random });
      const name = backendName(decision) ?? '';
      expect(decision.forwarded?.headers.backend).toBe(name);
      seen.add(name);
    }
    expect([...seen].sort()).toEqual(['infra-backend-v1', 'infra-backend-v2']);
  });
});

describe('HTTPRouteResponseHeaderModifier', () => {
  const file = northSouthCase('httproute-response-header-modifier.yaml');
  it.each<readonly [string, Record<string, string>, Expected]>([
    [
      '/set',
      { 'Some-Other-Header': 'val' },
      { 'x-header-set': 'set-overwrites-values', 'some-other-header': 'val' },
    ],
    ['/set', { 'X-Header-Set': 'some-other-value' }, { 'x-header-set': 'set-overwrites-values' }],
    ['/add', { 'Some-Other-Header': 'val' }, { 'x-header-add': 'add-appends-values' }],
    [
      '/add',
      { 'X-Header-Add': 'some-other-value' },
      { 'x-header-add': 'some-other-value,add-appends-values' },
    ],
    ['/remove', { 'X-Header-Remove': 'val' }, { 'x-header-remove': null }],
    [
      '/multiple',
      {
        'X-Header-Set-2': 'set-val-2',
        'X-Header-Add-2': 'add-val-2',
        'X-Header-Remove-1': 'r1',
        'X-Header-Remove-2': 'r2',
        'Another-Header': 'another',
      },
      {
        'x-header-set-1': 'header-set-1',
        'x-header-set-2': 'header-set-2',
        'x-header-add-1': 'header-add-1',
        'x-header-add-2': 'add-val-2,header-add-2',
        'x-header-add-3': 'header-add-3',
        'another-header': 'another',
        'x-header-remove-1': null,
        'x-header-remove-2': null,
      },
    ],
    [
      '/case-insensitivity',
      {
        'x-header-set': 'original-val-set',
        'x-header-add': 'original-val-add',
        'x-header-remove': 'original-val-remove',
      },
      {
        'x-header-set': 'header-set',
        'x-header-add': 'original-val-add,header-add',
        'x-lowercase-add': 'lowercase-add',
        'x-mixedcase-add-1': 'mixedcase-add-1',
        'x-mixedcase-add-2': 'mixedcase-add-2',
        'x-uppercase-add': 'uppercase-add',
        'x-header-remove': null,
      },
    ],
  ])('%s, backend answers %o', (path, backendHeaders, expected) => {
    const decision = route(
      tableFor(file),
      request(`GET http://gw${path}`, {}, 'same-namespace', backendHeaders),
    );
    expect(backendName(decision)).toBe('infra-backend-v1');
    expectHeaders(decision.responseHeaders, expected);
  });

  it('/response-and-request-header-modifiers changes both directions', () => {
    const decision = route(
      tableFor(file),
      request(
        'GET http://gw/response-and-request-header-modifiers',
        {
          'X-Header-Remove': 'remove-val',
          'X-Header-Add-Append': 'append-val-1',
          'X-Header-Echo': 'echo',
        },
        'same-namespace',
        { 'X-Header-Echo': 'echo', 'X-Header-Remove-1': 'r1', 'X-Header-Remove-2': 'r2' },
      ),
    );
    expectHeaders(decision.forwarded?.headers ?? {}, {
      'x-header-add': 'header-val-1',
      'x-header-set': 'set-overwrites-values',
      'x-header-add-append': 'append-val-1,header-val-2',
      'x-header-remove': null,
    });
    expectHeaders(decision.responseHeaders, {
      'x-header-set-1': 'header-set-1',
      'x-header-set-2': 'header-set-2',
      'x-header-add-1': 'header-add-1',
      'x-header-add-2': 'header-add-2',
      'x-header-echo': 'echo',
      'x-header-remove-1': null,
      'x-header-remove-2': null,
    });
  });
});
