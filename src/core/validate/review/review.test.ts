import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../yaml/workspace.ts';
import { resourceFindings } from '../resourceFindings.ts';

function review(text: string, codes: readonly string[]) {
  return createWorkspace(text).resources.flatMap((entry) =>
    resourceFindings(entry, 'standard')
      .findings.filter((finding) => codes.includes(finding.code))
      .map(({ severity, code, message, path }) => ({
        severity,
        code,
        message,
        path: path?.join('.') ?? null,
      })),
  );
}

const meshRoute = (parentRef: string, extra = '') => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: split, namespace: apps}
spec:
  parentRefs:
  - ${parentRef}
${extra}  rules:
  - backendRefs:
    - {name: web-v1, port: 80}
`;

describe('ServiceParentRefWithoutCoreGroup', () => {
  it.each([
    [
      'no group',
      '{kind: Service, name: web}',
      'parentRef to Service "web" has no group: it means the Gateway API group (the default, gateway.networking.k8s.io), which has no Service kind, so the route attaches to nothing; write group: "" for a mesh route',
      'spec.parentRefs.0',
    ],
    [
      'group core',
      '{group: core, kind: Service, name: web}',
      'parentRef to Service "web" has group: "core": "core" is not an API group: the core group is written as an empty string (some meshes accept "core", the Gateway API conformance tests use ""); write group: "" for a mesh route',
      'spec.parentRefs.0.group',
    ],
  ])('warns about a Service parentRef with %s', (_what, ref, message, path) => {
    expect(review(meshRoute(ref), ['ServiceParentRefWithoutCoreGroup'])).toEqual([
      { severity: 'warning', code: 'ServiceParentRefWithoutCoreGroup', message, path },
    ]);
  });

  it('accepts group: ""', () => {
    expect(
      review(meshRoute('{group: "", kind: Service, name: web}'), [
        'ServiceParentRefWithoutCoreGroup',
      ]),
    ).toEqual([]);
  });
});

describe('MeshRouteHostnames', () => {
  it('warns that hostnames are ignored on a mesh route', () => {
    const text = meshRoute(
      '{group: "", kind: Service, name: web}',
      '  hostnames: [web.example.com]\n',
    );
    expect(review(text, ['MeshRouteHostnames'])).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'spec.hostnames',
        message: expect.stringMatching(/^hostnames are ignored on mesh routes/) as unknown,
      }),
    ]);
  });

  it('stays quiet for a Gateway route', () => {
    expect(
      review(meshRoute('{name: edge}', '  hostnames: [web.example.com]\n'), ['MeshRouteHostnames']),
    ).toEqual([]);
  });
});

describe('YAML11Boolean', () => {
  const text = `apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    enabled: on
    quoted: "yes"
    single: 'no'
    n: value
spec:
  ports: [{port: 80, name: Off}]
`;

  it('warns about plain YAML 1.1 booleans, keys included, and not about quoted ones', () => {
    expect(
      review(text, ['YAML11Boolean']).map((finding) => `${finding.path}: ${finding.message}`),
    ).toEqual([
      `metadata.labels.enabled: "on" is unquoted: kubectl reads YAML 1.1, where it is the boolean true, not the string "on"; quote it ('on') or write true`,
      `metadata.labels.n: The key "n" is unquoted: kubectl reads YAML 1.1, where it is the boolean false, not the string "n"; quote it ('n') or write false`,
      `spec.ports.0.name: "Off" is unquoted: kubectl reads YAML 1.1, where it is the boolean false, not the string "Off"; quote it ('Off') or write false`,
    ]);
  });

  it('stays quiet when the words are quoted or absent', () => {
    const text =
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: apps, labels: {a: "true", b: \'on\'}}\n';
    expect(review(text, ['YAML11Boolean'])).toEqual([]);
  });
});

describe('Extended and implementation-specific features', () => {
  const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web}
spec:
  parentRefs: [{name: edge}]
  rules:
  - matches:
    - path: {type: RegularExpression, value: '/items/[0-9]+'}
      method: GET
    - method: POST
    filters:
    - type: ResponseHeaderModifier
      responseHeaderModifier: {set: [{name: x-a, value: "1"}]}
    backendRefs: [{name: web, port: 80}]
    timeouts: {request: 10s}
`;

  it('notes each feature once, at its first use, with how many implementations support it', () => {
    const notes = review(route, ['ExtendedFeature', 'ImplementationSpecific']);
    expect(notes.map((note) => `${note.severity} ${note.code} ${note.path}`)).toEqual([
      'info ImplementationSpecific spec.rules.0.matches.0.path.type',
      'info ExtendedFeature spec.rules.0.matches.0.method',
      'info ExtendedFeature spec.rules.0.filters.0.type',
      'info ExtendedFeature spec.rules.0.timeouts.request',
    ]);
    expect(notes[1]?.message).toMatch(
      /^Method matching is an Extended feature \(HTTPRouteMethodMatching\): \d+ of the \d+ implementations with v1\.6 conformance reports support it$/,
    );
    expect(notes[0]?.message).toBe(
      'RegularExpression path matching is implementation-specific in Gateway API: implementations may support it differently or not at all, and no conformance test covers it',
    );
  });

  it('uses the mesh feature names for mesh routes', () => {
    const text = meshRoute('{group: "", kind: Service, name: web}').replace(
      '  - backendRefs:',
      '  - matches: [{queryParams: [{name: a, value: b}]}]\n    backendRefs:',
    );
    expect(review(text, ['ExtendedFeature'])[0]?.message).toMatch(
      /\(MeshHTTPRouteQueryParamMatching\)/,
    );
  });
});
