import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { createMemoryIO } from '../testing/memoryIO.ts';

const service = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  ports: [{port: 8080}]
`;
const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge}
spec:
  gatewayClassName: class
  listeners: [{name: http, port: 80, protocol: HTTP}]
`;
const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs: [{name: edge}]
  rules:
  - backendRefs:
    - name: web
      port: 8080
`;
const redirectRoute = route.replace(
  '  - backendRefs:',
  '  - filters:\n    - type: RequestRedirect\n      requestRedirect: {scheme: https}\n    backendRefs:',
);

async function run(argv: string[], files: Record<string, string>, stdin = '') {
  const io = createMemoryIO(files, stdin);
  const status = await main(['validate', ...argv], io);
  return { status, out: io.stdout(), err: io.stderr() };
}

describe('switchyard validate', () => {
  it('prints the contract’s JSON and exits 1 when a diagnostic is an error', async () => {
    const { status, out } = await run(['--format', 'json', 'infra.yaml', 'routes.yaml'], {
      'infra.yaml': `${service}---\n${gateway}`,
      'routes.yaml': redirectRoute,
    });
    expect(status).toBe(1);
    const report = JSON.parse(out) as {
      ok: boolean;
      diagnostics: Record<string, unknown>[];
      resources: Record<string, unknown>[];
    };
    expect(report.ok).toBe(false);
    expect(report.diagnostics).toContainEqual({
      severity: 'error',
      code: 'CELViolation',
      message: 'RequestRedirect filter must not be used together with backendRefs',
      resource: { kind: 'HTTPRoute', namespace: 'default', name: 'web' },
      path: 'spec.rules[0]',
      file: 'routes.yaml',
      line: 8,
      column: 5,
    });
    expect(
      report.resources.map((resource) => `${String(resource['kind'])}/${String(resource['name'])}`),
    ).toEqual(['Service/web', 'Gateway/edge', 'HTTPRoute/web']);
  });

  it('computes status and exits 0 when nothing is wrong', async () => {
    const { status, out } = await run(
      ['--format=json', '-'],
      {},
      `${service}---\n${gateway}---\n${route}`,
    );
    expect(status).toBe(0);
    const report = JSON.parse(out) as {
      ok: boolean;
      resources: { kind: string; status?: unknown }[];
    };
    expect(report.ok).toBe(true);
    expect(
      report.resources.find((resource) => resource.kind === 'HTTPRoute')?.status,
    ).toMatchObject({
      parents: [
        {
          parentRef: {
            group: 'gateway.networking.k8s.io',
            kind: 'Gateway',
            namespace: 'default',
            name: 'edge',
          },
          conditions: expect.arrayContaining([
            expect.objectContaining({ type: 'Accepted', status: 'True', reason: 'Accepted' }),
          ]) as unknown,
        },
      ],
    });
    expect(report.resources.find((resource) => resource.kind === 'Gateway')?.status).toMatchObject({
      listeners: [{ name: 'http', attachedRoutes: 1 }],
    });
  });

  it('prints one line per finding and a summary in text form', async () => {
    const { status, out } = await run(['routes.yaml', 'infra.yaml'], {
      'infra.yaml': `${service}---\n${gateway}`,
      'routes.yaml': redirectRoute,
    });
    expect(status).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines).toContain(
      'routes.yaml:8:5: error CELViolation: RequestRedirect filter must not be used together with backendRefs (HTTPRoute default/web, spec.rules[0])',
    );
    expect(lines.at(-1)).toMatch(/^invalid: 1 error, 0 warnings, \d+ info in 3 resources$/);
  });

  it('reads namespaces from --namespace and leaves out findings below --min-severity', async () => {
    const { status, out } = await run(
      ['--namespace', 'team-a', '--min-severity', 'error', '--format', 'json', 'all.yaml'],
      {
        'all.yaml': `${service}---\n${gateway}---\n${route}`,
      },
    );
    expect(status).toBe(0);
    const report = JSON.parse(out) as {
      diagnostics: unknown[];
      resources: { namespace: string }[];
    };
    expect(report.diagnostics).toEqual([]);
    expect(report.resources.map((resource) => resource.namespace)).toEqual([
      'team-a',
      'team-a',
      'team-a',
    ]);
  });

  it('checks against the experimental channel when asked', async () => {
    const retry = route.replace(
      '      port: 8080\n',
      '      port: 8080\n    retry: {attempts: 2}\n',
    );
    const files = { 'r.yaml': `${service}---\n${gateway}---\n${retry}` };
    const standard = await run(['--min-severity', 'warning', 'r.yaml'], files);
    const experimental = await run(
      ['--min-severity', 'warning', '--channel', 'experimental', 'r.yaml'],
      files,
    );
    expect(standard.out).toContain('warning UnknownField: unknown field "spec.rules[0].retry"');
    expect(experimental.out).not.toContain('UnknownField');
  });

  it.each([
    [['--format', 'yaml', 'a.yaml'], '--format must be one of text, json (got "yaml")'],
    [
      ['--channel', 'beta', 'a.yaml'],
      '--channel must be one of standard, experimental (got "beta")',
    ],
    [[], 'no inputs'],
    [['missing.yaml'], 'missing.yaml: no such file or directory'],
  ])('exits 2 on %j', async (argv, message) => {
    const { status, err } = await run(argv, { 'a.yaml': service });
    expect(status).toBe(2);
    expect(err).toContain(message);
  });
});
