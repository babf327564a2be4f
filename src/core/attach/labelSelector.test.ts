import { describe, expect, it } from 'vitest';
import type { LabelSelector } from '../model/meta.ts';
import { computeAttachment, createWorkspace } from '../index.ts';
import { matchesLabelSelector } from './labelSelector.ts';

const labels = new Map([
  ['team', 'a'],
  ['env', 'prod'],
  ['kubernetes.io/metadata.name', 'apps'],
]);

describe('matchesLabelSelector', () => {
  it.each<[string, LabelSelector | undefined, boolean]>([
    ['an absent selector selects nothing', undefined, false],
    ['an empty selector selects everything', {}, true],
    ['matchLabels, all equal', { matchLabels: { team: 'a', env: 'prod' } }, true],
    ['matchLabels, one differs', { matchLabels: { team: 'a', env: 'dev' } }, false],
    ['matchLabels, one missing', { matchLabels: { tier: 'web' } }, false],
    ['the implicit name label', { matchLabels: { 'kubernetes.io/metadata.name': 'apps' } }, true],
    ['In', { matchExpressions: [{ key: 'env', operator: 'In', values: ['dev', 'prod'] }] }, true],
    [
      'In, absent key',
      { matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }] },
      false,
    ],
    ['NotIn', { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] }, false],
    [
      'NotIn, absent key',
      { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['web'] }] },
      true,
    ],
    ['Exists', { matchExpressions: [{ key: 'team', operator: 'Exists' }] }, true],
    ['DoesNotExist', { matchExpressions: [{ key: 'team', operator: 'DoesNotExist' }] }, false],
    ['an unknown operator', { matchExpressions: [{ key: 'team', operator: 'Like' }] }, false],
    [
      'matchLabels and expressions together',
      { matchLabels: { team: 'a' }, matchExpressions: [{ key: 'env', operator: 'Exists' }] },
      true,
    ],
  ])('%s', (_, selector, expected) => {
    expect(matchesLabelSelector(selector, labels)).toBe(expected);
  });

  it('treats a label named __proto__ as plain data', () => {
    const selector: LabelSelector = {
      matchLabels: JSON.parse('{"__proto__": "x"}') as Record<string, string>,
    };
    expect(matchesLabelSelector(selector, new Map([['__proto__', 'x']]))).toBe(true);
    expect(matchesLabelSelector(selector, new Map())).toBe(false);
  });
});

describe('allowedRoutes Selector against namespace labels', () => {
  const gateway = (selector: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: edge, namespace: infra }
spec:
  gatewayClassName: gc
  listeners:
    - name: http
      port: 80
      protocol: HTTP
      allowedRoutes: { namespaces: { from: Selector, selector: ${selector} } }
`;
  const route = (namespace: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r, namespace: ${namespace} }
spec: { parentRefs: [{ name: edge, namespace: infra }] }
`;
  const namespace = `apiVersion: v1
kind: Namespace
metadata: { name: labelled, labels: { team: a } }
`;

  it.each([
    ['a Namespace resource’s labels', '{ matchLabels: { team: a } }', 'labelled', 'Accepted'],
    [
      'a namespace with no Namespace resource has no other labels',
      '{ matchLabels: { team: a } }',
      'bare',
      'NotAllowedByListeners',
    ],
    [
      'the implicit name label of a namespace with a Namespace resource',
      '{ matchLabels: { kubernetes.io/metadata.name: labelled } }',
      'labelled',
      'Accepted',
    ],
    [
      'the implicit name label of a namespace without one',
      '{ matchLabels: { kubernetes.io/metadata.name: bare } }',
      'bare',
      'Accepted',
    ],
    [
      'an expression on a missing label',
      '{ matchExpressions: [{ key: team, operator: DoesNotExist }] }',
      'bare',
      'Accepted',
    ],
  ])('%s', (_, selector, routeNamespace, expected) => {
    const workspace = createWorkspace(
      [namespace, gateway(selector), route(routeNamespace)].join('---\n'),
    );
    const [outcome] = computeAttachment(workspace).routes;
    const result = outcome?.parents[0]?.result;
    expect(result && (result.accepted ? 'Accepted' : result.reason)).toBe(expected);
  });

  it('forgets a Namespace that is not admitted', () => {
    const workspace = createWorkspace(
      [namespace, gateway('{ matchLabels: { team: a } }'), route('labelled')].join('---\n'),
    );
    const attachment = computeAttachment(workspace, { admitted: (e) => e.id.kind !== 'Namespace' });
    const result = attachment.routes[0]?.parents[0]?.result;
    expect(result && (result.accepted ? 'Accepted' : result.reason)).toBe('NotAllowedByListeners');
  });
});
