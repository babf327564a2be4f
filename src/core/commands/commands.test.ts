import { describe, expect, it } from 'vitest';
import { type ResourceId } from '../model/identity.ts';
import { applyPatches } from '../yaml/patch.ts';
import { type Workspace, createWorkspace } from '../yaml/workspace.ts';
import { addBackendRef } from './addBackendRef.ts';
import { addFilter } from './addFilter.ts';
import { addListener } from './addListener.ts';
import { addMatch } from './addMatch.ts';
import { addReferenceGrantFor } from './addReferenceGrantFor.ts';
import { addResource } from './addResource.ts';
import { addRule } from './addRule.ts';
import { attachRouteToParent } from './attachRouteToParent.ts';
import type { CommandResult } from './commandResult.ts';
import { deleteElement } from './deleteElement.ts';
import { deleteField } from './deleteField.ts';
import { duplicateResource } from './duplicateResource.ts';
import { moveRule } from './moveRule.ts';
import { setBackendWeight } from './setBackendWeight.ts';
import { setField } from './setField.ts';

const shop = `# Edge traffic for the shop
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: edge-class # the controller's class
spec:
  controllerName: example.com/gateway-controller
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
  namespace: infra
spec:
  gatewayClassName: edge-class
  listeners:
    # plain HTTP
    - name: http
      port: 80
      protocol: HTTP
      allowedRoutes:
        namespaces:
          from: All
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
  namespace: shop
spec:
  parentRefs:
    - name: edge # the shared gateway
      namespace: infra
      sectionName: http
  rules:
    # canary split
    - matches:
        - path:
            type: PathPrefix
            value: /api
      backendRefs:
        - name: web-v1 # stable
          port: 8080
          weight: 90
        - name: web-v2
          port: 8080
          weight: 10
    - filters:
        - type: RequestMirror
          requestMirror:
            backendRef:
              name: web-v2
              port: 8080
      backendRefs:
        - name: web-v1
          port: 8080
---
# mesh traffic to web-v1
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web-mesh
  namespace: shop
spec:
  parentRefs:
    - group: ""
      kind: Service
      name: web-v1
      port: 8080
  rules:
    - backendRefs:
        - name: web-v2
          port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web-v1
  namespace: shop
spec:
  ports:
    - name: http # main port
      port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web-v2
  namespace: shop
spec:
  ports:
    - name: http
      port: 8080
    - name: admin
      port: 9090
---
apiVersion: gateway.networking.k8s.io/v1
kind: ReferenceGrant
metadata:
  name: allow-infra
  namespace: shop
spec:
  from:
    - group: gateway.networking.k8s.io
      kind: HTTPRoute
      namespace: infra
  to:
    - group: ""
      kind: Service
      name: web-v2
`;

const gw = 'gateway.networking.k8s.io';
const ids = {
  gateway: { group: gw, kind: 'Gateway', namespace: 'infra', name: 'edge' },
  gatewayClass: { group: gw, kind: 'GatewayClass', namespace: '', name: 'edge-class' },
  web: { group: gw, kind: 'HTTPRoute', namespace: 'shop', name: 'web' },
  webMesh: { group: gw, kind: 'HTTPRoute', namespace: 'shop', name: 'web-mesh' },
  v1: { group: '', kind: 'Service', namespace: 'shop', name: 'web-v1' },
  v2: { group: '', kind: 'Service', namespace: 'shop', name: 'web-v2' },
  grant: { group: gw, kind: 'ReferenceGrant', namespace: 'shop', name: 'allow-infra' },
} satisfies Record<string, ResourceId>;

/** Applies a command's patches; fails the test when the command or a patch does not apply. */
function run(workspace: Workspace, result: CommandResult): Workspace {
  if ('error' in result) throw new Error(`command failed: ${result.error}`);
  const applied = applyPatches(workspace, result.patches);
  if (!applied.ok) throw new Error(`patch failed: ${applied.error}`);
  return applied.workspace;
}

const workspace = createWorkspace(shop);

/** The text with one replacement made, which must match exactly once. */
function replaced(from: string, to: string): string {
  expect(shop.split(from)).toHaveLength(2);
  return shop.replace(from, to);
}

describe('commands produce minimal text edits', () => {
  it.each<[string, () => CommandResult, string, string]>([
    [
      'setBackendWeight',
      () => setBackendWeight(workspace, { route: ids.web, rule: 0, backendRef: 1, weight: 25 }),
      '          weight: 10\n',
      '          weight: 25\n',
    ],
    [
      'addBackendRef (weight 0 next to weighted backends)',
      () => addBackendRef(workspace, { route: ids.web, rule: 0, service: ids.v2, port: 9090 }),
      '          weight: 10\n',
      '          weight: 10\n        - name: web-v2\n          port: 9090\n          weight: 0\n',
    ],
    [
      'attachRouteToParent (a Gateway listener in another namespace)',
      () =>
        attachRouteToParent(workspace, {
          route: ids.webMesh,
          parent: ids.gateway,
          listener: 'http',
        }),
      '      port: 8080\n  rules:\n    - backendRefs:\n',
      '      port: 8080\n    - namespace: infra\n      name: edge\n      sectionName: http\n  rules:\n    - backendRefs:\n',
    ],
    [
      'setField',
      () =>
        setField(workspace, {
          target: ids.web,
          path: ['spec', 'hostnames'],
          value: ['shop.example.com'],
        }),
      '      sectionName: http\n  rules:\n',
      '      sectionName: http\n  hostnames:\n    - shop.example.com\n  rules:\n',
    ],
    [
      'deleteField',
      () => deleteField(workspace, { target: ids.v2, path: ['spec', 'ports', 1] }),
      '      port: 8080\n    - name: admin\n      port: 9090\n',
      '      port: 8080\n',
    ],
    [
      'addRule',
      () => addRule(workspace, { route: ids.webMesh }),
      '        - name: web-v2\n          port: 8080\n---\napiVersion: v1',
      '        - name: web-v2\n          port: 8080\n    - matches:\n        - path:\n            type: PathPrefix\n            value: /\n---\napiVersion: v1',
    ],
    [
      'addMatch',
      () => addMatch(workspace, { route: ids.web, rule: 0 }),
      '            value: /api\n',
      '            value: /api\n        - path:\n            type: PathPrefix\n            value: /\n',
    ],
    [
      'addFilter',
      () => addFilter(workspace, { route: ids.web, rule: 0, type: 'RequestHeaderModifier' }),
      '            value: /api\n',
      '            value: /api\n      filters:\n        - type: RequestHeaderModifier\n          requestHeaderModifier: {}\n',
    ],
    [
      'addListener',
      () => addListener(workspace, { target: ids.gateway, protocol: 'HTTPS' }),
      '          from: All\n',
      '          from: All\n    - name: https\n      port: 443\n      protocol: HTTPS\n      tls:\n        mode: Terminate\n        certificateRefs:\n          - name: edge-tls\n',
    ],
    [
      'deleteElement (a backendRef)',
      () =>
        deleteElement(workspace, {
          target: ids.web,
          element: { type: 'backendRef', rule: 0, backendRef: 1 },
        }),
      '        - name: web-v2\n          port: 8080\n          weight: 10\n',
      '',
    ],
    [
      'deleteElement (the only backendRef takes its list along)',
      () =>
        deleteElement(workspace, {
          target: ids.web,
          element: { type: 'backendRef', rule: 1, backendRef: 0 },
        }),
      '              port: 8080\n      backendRefs:\n        - name: web-v1\n          port: 8080\n---',
      '              port: 8080\n---',
    ],
  ])('%s', (_name, command, from, to) => {
    const after = run(workspace, command());
    expect(after.text).toBe(replaced(from, to));
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('moveRule moves the text of the rule, and each rule keeps its comments', () => {
    const mirror = `    - filters:
        - type: RequestMirror
          requestMirror:
            backendRef:
              name: web-v2
              port: 8080
      backendRefs:
        - name: web-v1
          port: 8080
`;
    const after = run(workspace, moveRule(workspace, { route: ids.web, from: 1, to: 0 }));
    const start = shop.indexOf('    # canary split\n');
    expect(after.text).toBe(shop.slice(0, start) + mirror + shop.slice(start).replace(mirror, ''));
    const back = run(after, moveRule(after, { route: ids.web, from: 0, to: 1 }));
    expect(back.text).toBe(shop);
  });

  it('addResource appends a valid resource with a unique name', () => {
    const once = run(workspace, addResource(workspace, { kind: 'Service', namespace: 'shop' }));
    const twice = run(once, addResource(once, { kind: 'Service', namespace: 'shop' }));
    expect(twice.text).toBe(
      `${shop}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: service\n  namespace: shop\nspec:\n  ports:\n    - name: http\n      protocol: TCP\n      port: 80\n  selector:\n    app: service\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: service-2\n  namespace: shop\nspec:\n  ports:\n    - name: http\n      protocol: TCP\n      port: 80\n  selector:\n    app: service-2\n`,
    );
  });

  it.each([
    ['GatewayClass', { controllerName: 'example.com/gateway-controller' }],
    [
      'Gateway',
      { gatewayClassName: 'edge-class', listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }] },
    ],
    [
      'ListenerSet',
      {
        parentRef: { name: 'edge', namespace: 'infra' },
        listeners: [{ name: 'http-8080', port: 8080, protocol: 'HTTP' }],
      },
    ],
    ['HTTPRoute', { rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }] }] }],
    ['GRPCRoute', { rules: [{}] }],
    [
      'TLSRoute',
      { hostnames: ['example.com'], rules: [{ backendRefs: [{ name: 'web-v1', port: 8080 }] }] },
    ],
    ['TCPRoute', { rules: [{ backendRefs: [{ name: 'web-v1', port: 8080 }] }] }],
    ['UDPRoute', { rules: [{ backendRefs: [{ name: 'web-v1', port: 8080 }] }] }],
    [
      'ReferenceGrant',
      {
        from: [{ group: gw, kind: 'HTTPRoute', namespace: 'infra' }],
        to: [{ group: '', kind: 'Service' }],
      },
    ],
    [
      'BackendTLSPolicy',
      {
        targetRefs: [{ group: '', kind: 'Service', name: 'web-v1' }],
        validation: {
          hostname: 'web-v1.shop.svc.cluster.local',
          wellKnownCACertificates: 'System',
        },
      },
    ],
    [
      'Service',
      { ports: [{ name: 'http', port: 80, protocol: 'TCP' }], selector: { app: 'service' } },
    ],
    ['Namespace', undefined],
  ] as const)('addResource %s has valid defaults wired to the documents', (kind, spec) => {
    const after = run(workspace, addResource(workspace, { kind, namespace: 'shop' }));
    const added = after.resources[after.resources.length - 1];
    expect(added?.id.kind).toBe(kind);
    expect(added?.raw['spec']).toEqual(spec);
    expect(after.text.startsWith(shop)).toBe(true);
  });

  it('duplicateResource places a copy with a unique name after the original', () => {
    const after = run(workspace, duplicateResource(workspace, { target: ids.web }));
    const names = after.resources.map((entry) => entry.id.name);
    expect(names.slice(2, 5)).toEqual(['web', 'web-2', 'web-mesh']);
    const copy = after.resources[3];
    expect(copy?.raw['spec']).toEqual(after.resources[2]?.raw['spec']);
    expect(after.text.startsWith(shop.slice(0, shop.indexOf('# mesh traffic')))).toBe(true);
  });

  it('addReferenceGrantFor adds the narrowest grant in the target namespace', () => {
    const target = { group: '', kind: 'Service', namespace: 'tools', name: 'audit' };
    const after = run(workspace, addReferenceGrantFor(workspace, { from: ids.web, to: target }));
    expect(after.resources[after.resources.length - 1]?.raw).toEqual({
      apiVersion: `${gw}/v1`,
      kind: 'ReferenceGrant',
      metadata: { name: 'allow-httproutes-from-shop', namespace: 'tools' },
      spec: {
        from: [{ group: gw, kind: 'HTTPRoute', namespace: 'shop' }],
        to: [{ group: '', kind: 'Service', name: 'audit' }],
      },
    });
  });
});

describe('commands refuse what would break the document, with a reason', () => {
  it.each<[string, () => CommandResult, string]>([
    [
      'a Service port among several',
      () => addBackendRef(workspace, { route: ids.web, rule: 1, service: ids.v2 }),
      'Service shop/web-v2 has several ports: choose one',
    ],
    [
      'a duplicate backend',
      () => addBackendRef(workspace, { route: ids.web, rule: 0, service: ids.v1 }),
      'Rule 0 already sends to Service shop/web-v1 port 8080',
    ],
    [
      'a redirect next to backends',
      () => addFilter(workspace, { route: ids.web, rule: 0, type: 'RequestRedirect' }),
      "A redirect answers instead of forwarding: remove rule 0's backendRefs first",
    ],
    [
      'a second parentRef to the same listener',
      () =>
        attachRouteToParent(workspace, { route: ids.web, parent: ids.gateway, listener: 'http' }),
      'HTTPRoute shop/web is already attached there',
    ],
    [
      'an unknown listener',
      () =>
        attachRouteToParent(workspace, { route: ids.web, parent: ids.gateway, listener: 'https' }),
      'Gateway infra/edge has no listener named https',
    ],
    [
      'the last listener',
      () =>
        deleteElement(workspace, {
          target: ids.gateway,
          element: { type: 'listener', listener: 0 },
        }),
      'Gateway infra/edge needs at least one listener: delete the Gateway instead',
    ],
    [
      'a weight out of range',
      () => setBackendWeight(workspace, { route: ids.web, rule: 0, backendRef: 0, weight: -1 }),
      'A weight is a whole number from 0 to 1,000,000',
    ],
    [
      'renaming through setField',
      () => setField(workspace, { target: ids.web, path: ['metadata', 'name'], value: 'x' }),
      'Rename the resource instead: it updates the references too',
    ],
    [
      'an existing name',
      () => addResource(workspace, { kind: 'Service', namespace: 'shop', name: 'web-v1' }),
      'Service shop/web-v1 already exists',
    ],
    [
      'an invalid name',
      () => addResource(workspace, { kind: 'Service', name: 'Web_1' }),
      '"Web_1" is not a valid Service name: up to 63 lowercase letters, digits and \'-\', starting with a letter',
    ],
  ])('%s', (_name, command, error) => {
    expect(command()).toMatchObject({ error });
  });

  it('asks for the port with the choices', () => {
    expect(addBackendRef(workspace, { route: ids.web, rule: 1, service: ids.v2 })).toMatchObject({
      choices: [
        { arg: 'port', value: 8080, label: 'http (8080)' },
        { arg: 'port', value: 9090, label: 'admin (9090)' },
      ],
    });
  });

  it('offers a ReferenceGrant for a backend in another namespace', () => {
    const withTools = createWorkspace(
      `${shop}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: audit\n  namespace: tools\nspec:\n  ports:\n    - port: 80\n`,
    );
    const target = { group: '', kind: 'Service', namespace: 'tools', name: 'audit' };
    const result = addBackendRef(withTools, { route: ids.web, rule: 1, service: target });
    expect(result).toMatchObject({
      offers: [{ command: 'addReferenceGrantFor', args: { from: ids.web, to: target } }],
    });
    expect(run(withTools, result).resources[2]?.raw).toMatchObject({
      spec: {
        rules: [
          {},
          {
            backendRefs: [
              { name: 'web-v1', port: 8080 },
              { name: 'audit', namespace: 'tools', port: 80 },
            ],
          },
        ],
      },
    });
  });
});
