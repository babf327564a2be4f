import { describe, expect, it } from 'vitest';
import { displayName, type ResourceId } from '../model/identity.ts';
import { applyPatches } from '../yaml/patch.ts';
import { type Workspace, createWorkspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { deleteElement } from './deleteElement.ts';
import { deleteResource } from './deleteResource.ts';
import { findReferences } from './findReferences.ts';
import { renameResource } from './renameResource.ts';

const gw = 'gateway.networking.k8s.io';

function run(workspace: Workspace, result: CommandResult): Workspace {
  if ('error' in result) throw new Error(`command failed: ${result.error}`);
  const applied = applyPatches(workspace, result.patches);
  if (!applied.ok) throw new Error(`patch failed: ${applied.error}`);
  return applied.workspace;
}

// Every kind of reference by name, several in one list, in two namespaces.
const everything = `# the class
apiVersion: ${gw}/v1
kind: GatewayClass
metadata:
  name: edge-class
spec:
  controllerName: example.com/gateway-controller
---
apiVersion: ${gw}/v1
kind: Gateway
metadata:
  name: edge
  namespace: infra
spec:
  gatewayClassName: edge-class # class reference
  allowedListeners:
    namespaces:
      from: All
  listeners:
    - name: http
      port: 80
      protocol: HTTP
    - name: tcp
      port: 9000
      protocol: TCP
---
apiVersion: ${gw}/v1
kind: ListenerSet
metadata:
  name: extra
  namespace: shop
spec:
  parentRef:
    name: edge # parent reference
    namespace: infra
  listeners:
    - name: alt
      port: 8080
      protocol: HTTP
---
apiVersion: ${gw}/v1
kind: HTTPRoute
metadata:
  name: web
  namespace: shop
spec:
  parentRefs:
    - name: edge
      namespace: infra
      sectionName: http
    - kind: ListenerSet
      name: extra
      sectionName: alt
    - group: ""
      kind: Service
      name: api
      port: 80
  rules:
    - filters:
        - type: RequestMirror # mirror
          requestMirror:
            backendRef:
              name: api
              port: 80
      backendRefs:
        - name: api # backend
          port: 80
          weight: 3
          filters:
            - type: RequestMirror
              requestMirror:
                backendRef:
                  name: api
                  port: 80
        - name: other
          port: 80
---
apiVersion: ${gw}/v1
kind: TCPRoute
metadata:
  name: raw
  namespace: shop
spec:
  parentRefs:
    - name: edge
      namespace: infra
      sectionName: tcp
  rules:
    - backendRefs:
        - name: api
          port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: shop
spec:
  ports:
    - port: 80
---
apiVersion: ${gw}/v1
kind: ReferenceGrant
metadata:
  name: api-only
  namespace: shop
spec:
  from:
    - group: ${gw}
      kind: HTTPRoute
      namespace: infra
  to:
    - group: ""
      kind: Service
      name: api
---
apiVersion: ${gw}/v1
kind: BackendTLSPolicy
metadata:
  name: api-tls
  namespace: shop
spec:
  targetRefs:
    - group: ""
      kind: Service
      name: api
  validation:
    hostname: api.shop.svc.cluster.local
    wellKnownCACertificates: System
`;

const workspace = createWorkspace(everything);
const service: ResourceId = { group: '', kind: 'Service', namespace: 'shop', name: 'api' };
const gateway: ResourceId = { group: gw, kind: 'Gateway', namespace: 'infra', name: 'edge' };
const listenerSet: ResourceId = {
  group: gw,
  kind: 'ListenerSet',
  namespace: 'shop',
  name: 'extra',
};
const gatewayClass: ResourceId = {
  group: gw,
  kind: 'GatewayClass',
  namespace: '',
  name: 'edge-class',
};
const comments = everything.match(/#[^\n]*/g) ?? [];

describe('renameResource', () => {
  it.each([
    [
      service,
      'backend',
      ['parentRef', 'backendRef', 'mirror', 'mirror', 'backendRef', 'grantTo', 'policyTarget'],
    ],
    [gateway, 'public', ['listenerSetParent', 'parentRef', 'parentRef']],
    [listenerSet, 'more', ['parentRef']],
    [gatewayClass, 'public-class', ['gatewayClassName']],
  ] as const)('renames %j and updates every reference to it', (target, name, kinds) => {
    expect(findReferences(workspace, target).map((reference) => reference.kind)).toEqual(kinds);
    const after = run(workspace, renameResource(workspace, { target, name }));
    expect(findReferences(after, target)).toEqual([]);
    expect(findReferences(after, { ...target, name }).map((reference) => reference.kind)).toEqual(
      kinds,
    );
    expect(after.resources.map((entry) => displayName(entry.id))).toContain(
      displayName({ ...target, name }),
    );
    for (const comment of comments) expect(after.text).toContain(comment);
  });

  it('moves the resources of a renamed Namespace, and what names it', () => {
    const text = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    kubernetes.io/metadata.name: shop\n---\n${everything}`;
    const before = createWorkspace(text);
    const namespace = { group: '', kind: 'Namespace', namespace: '', name: 'shop' };
    const after = run(before, renameResource(before, { target: namespace, name: 'store' }));
    expect(after.text).not.toMatch(/\bshop\b(?!\.svc)/);
    expect(findReferences(after, { ...service, namespace: 'store' })).toHaveLength(7);
  });

  it.each([
    ['api', 'Service shop/api already has that name'],
    [
      'Api',
      '"Api" is not a valid Service name: up to 63 lowercase letters, digits and \'-\', starting with a letter',
    ],
  ])('refuses %s', (name, error) => {
    expect(renameResource(workspace, { target: service, name })).toEqual({ error });
  });
});

describe('deleteResource', () => {
  it('removes the references it can and says which it kept', () => {
    const result = deleteResource(workspace, { target: service });
    expect(result).toMatchObject({
      message:
        'Deleted Service shop/api; removed 6 references to it; deleted ReferenceGrant shop/api-only, which had no other use; deleted BackendTLSPolicy shop/api-tls, which had no other use; kept the references of TCPRoute shop/raw, which must name something (they now show as missing)',
    });
    const after = run(workspace, result);
    const left = findReferences(after, service);
    expect(
      left.map((reference) => `${displayName(reference.referrer.id)} ${reference.kind}`),
    ).toEqual(['TCPRoute shop/raw backendRef']);
    expect(after.resources.map((entry) => entry.id.name)).toEqual([
      'edge-class',
      'edge',
      'extra',
      'web',
      'raw',
    ]);
    expect(after.resources[3]?.raw['spec']).toEqual({
      parentRefs: [
        { name: 'edge', namespace: 'infra', sectionName: 'http' },
        { kind: 'ListenerSet', name: 'extra', sectionName: 'alt' },
      ],
      rules: [{ backendRefs: [{ name: 'other', port: 80 }] }],
    });
    for (const comment of ['# the class', '# class reference', '# parent reference']) {
      expect(after.text).toContain(comment);
    }
  });

  it('removes every parentRef to a deleted Gateway but keeps the ListenerSet parent it needs', () => {
    const after = run(workspace, deleteResource(workspace, { target: gateway }));
    expect(findReferences(after, gateway).map((reference) => reference.kind)).toEqual([
      'listenerSetParent',
    ]);
    expect(after.resources.find((entry) => entry.id.name === 'raw')?.raw['spec']).toEqual({
      rules: [{ backendRefs: [{ name: 'api', port: 80 }] }],
    });
  });

  it('leaves references when asked to', () => {
    const after = run(
      workspace,
      deleteResource(workspace, { target: service, references: 'keep' }),
    );
    expect(findReferences(after, service)).toHaveLength(7);
  });

  it('deletes a listener with the parentRefs that name it', () => {
    const after = run(
      workspace,
      deleteElement(workspace, { target: gateway, element: { type: 'listener', listener: 1 } }),
    );
    expect(after.resources.find((entry) => entry.id.name === 'raw')?.raw['spec']).toEqual({
      rules: [{ backendRefs: [{ name: 'api', port: 80 }] }],
    });
  });
});
