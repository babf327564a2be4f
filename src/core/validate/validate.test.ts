import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { northSouthCase, readManifest } from '../testing/conformance.ts';
import { createWorkspace, updateWorkspace } from '../yaml/workspace.ts';
import { validate } from './validate.ts';

const gateway = (listeners: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: apps}
spec:
  gatewayClassName: class
  listeners:
${listeners}`;
const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: apps}
spec:
  parentRefs: [{name: edge}]
  rules:
  - backendRefs: [{name: web, port: 80}]
`;
const service = `apiVersion: v1
kind: Service
metadata: {name: web, namespace: apps}
spec:
  ports: [{port: 80}]
`;

const summary = (text: string, channel: 'standard' | 'experimental' = 'standard') =>
  validate(createWorkspace(text), { channel }).diagnostics.map(
    (d) =>
      `${d.severity} ${d.code} ${d.resource ? `${d.resource.kind}/${d.resource.name}` : '-'} ${d.path ?? ''}`,
  );

describe('validate', () => {
  it('reports the status a controller would write, for routes and Gateways', () => {
    const report = validate(
      createWorkspace(northSouthCase('httproute-simple-same-namespace.yaml')),
    );
    expect(report.ok).toBe(true);
    const routeStatus = report.resources.find((resource) => resource.kind === 'HTTPRoute')?.status;
    expect(routeStatus).toMatchObject({
      parents: [
        {
          parentRef: { kind: 'Gateway', name: 'same-namespace' },
          conditions: expect.arrayContaining([
            expect.objectContaining({ type: 'Accepted', status: 'True' }),
            expect.objectContaining({ type: 'ResolvedRefs', status: 'True' }),
          ]) as unknown,
        },
      ],
    });
    const gatewayStatus = report.resources.find(
      (resource) => resource.kind === 'Gateway' && resource.name === 'same-namespace',
    )?.status;
    expect(gatewayStatus).toMatchObject({ listeners: [{ name: 'http', attachedRoutes: 1 }] });
    expect(
      report.resources.find((resource) => resource.kind === 'Service')?.status,
    ).toBeUndefined();
  });

  it('gives the contract’s CEL finding its path and place', () => {
    const text = route.replace(
      '  - backendRefs:',
      '  - filters: [{type: RequestRedirect, requestRedirect: {scheme: https}}]\n    backendRefs:',
    );
    const report = validate(createWorkspace(`${service}---\n${text}`));
    const finding = report.diagnostics.find((d) => d.code === 'CELViolation');
    expect(finding).toMatchObject({
      severity: 'error',
      message: 'RequestRedirect filter must not be used together with backendRefs',
      resource: { kind: 'HTTPRoute', namespace: 'apps', name: 'web' },
      path: 'spec.rules[0]',
    });
    const at = report.diagnostics.length > 0 && finding?.range ? finding.range.start : -1;
    expect(`${service}---\n${text}`.slice(at)).toMatch(/^filters: \[\{type: RequestRedirect/);
    expect(report.ok).toBe(false);
  });

  it('treats resources the API server rejects as absent', () => {
    const broken = gateway(
      '  - {name: http, port: 80, protocol: HTTP}\n  - {name: http, port: 8080, protocol: HTTP}\n',
    );
    const lines = summary(`${broken}---\n${route}---\n${service}`);
    expect(lines).toContain('error CELViolation Gateway/edge spec.listeners');
    expect(lines).toContain('warning NoMatchingParent HTTPRoute/web spec.parentRefs[0]');
    const report = validate(createWorkspace(`${broken}---\n${route}---\n${service}`));
    expect(
      report.resources.find((resource) => resource.kind === 'Gateway')?.status,
    ).toBeUndefined();
  });

  it('keeps the findings of the other documents when one does not parse', () => {
    const lines = summary(
      `${service}---\nkind: [unclosed\n---\n${route.replace('port: 80', 'port: 0')}`,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'error YAMLSyntax - ',
        'error SchemaViolation HTTPRoute/web spec.rules[0].backendRefs[0].port',
      ]),
    );
  });

  it('checks against the chosen channel', () => {
    const text = readManifest('tests/httproute-retry.yaml');
    expect(summary(text, 'standard').filter((line) => line.includes('UnknownField'))).toHaveLength(
      2,
    );
    expect(summary(text, 'experimental').filter((line) => line.includes('UnknownField'))).toEqual(
      [],
    );
  });

  it('places findings in the current text after an edit of another document', () => {
    const bad = route.replace('port: 80', 'port: 0');
    const first = createWorkspace(`${service}---\n${bad}`);
    const before = validate(first).diagnostics.find((d) => d.code === 'SchemaViolation');
    const edited = updateWorkspace(first, `# a longer comment above\n${service}---\n${bad}`);
    const after = validate(edited).diagnostics.find((d) => d.code === 'SchemaViolation');
    expect(after?.range?.start).toBe(
      (before?.range?.start ?? 0) + '# a longer comment above\n'.length,
    );
    expect(edited.text.slice(after?.range?.start, after?.range?.end)).toBe('port: 0');
  });

  it('never throws, whatever the text (property)', () => {
    const fragments = fc.constantFrom(
      'apiVersion: gateway.networking.k8s.io/v1\n',
      'apiVersion: v1\n',
      'kind: HTTPRoute\n',
      'kind: Gateway\n',
      'kind: Service\n',
      'metadata: {name: a}\n',
      'metadata:\n  name: __proto__\n',
      'spec:\n',
      '  rules:\n  - backendRefs: [{name: x}]\n',
      '  listeners: [{name: a, port: 80, protocol: HTTP}]\n',
      '  parentRefs: [{kind: Service, name: a}]\n',
      '  constructor: {prototype: 1}\n',
      '---\n',
      '  - [',
      ': :\n',
      '&a [*a]\n',
    );
    fc.assert(
      fc.property(
        fc.array(fragments, { maxLength: 14 }),
        fc.constantFrom('standard', 'experimental'),
        (parts, channel) => {
          const report = validate(createWorkspace(parts.join('')), { channel });
          expect(report.ok).toBe(!report.diagnostics.some((d) => d.severity === 'error'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
