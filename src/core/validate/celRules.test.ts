import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../yaml/workspace.ts';
import { checkResource } from './checkResource.ts';
import { evaluateRules } from './evaluateRules.ts';
import { schemaData } from './generated/crdSchemas.ts';
import type { Channel } from './schemaData.ts';
import { walkSchema } from './schemaWalk.ts';
import { gatewayRuleCases } from './testing/gatewayRuleCases.ts';
import type { Json, RuleCase } from './testing/ruleCase.ts';
import { grpcRouteRuleCases } from './testing/grpcRouteRuleCases.ts';
import { httpRouteRuleCases } from './testing/httpRouteRuleCases.ts';

const cases: readonly RuleCase[] = [
  ...httpRouteRuleCases,
  ...grpcRouteRuleCases,
  ...gatewayRuleCases,
];

function check(kind: string, channel: Channel, spec: Json) {
  const text = JSON.stringify({
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind,
    metadata: { name: 'subject', namespace: 'apps' },
    spec,
  });
  const [entry] = createWorkspace(text).resources;
  if (!entry) throw new Error('no resource');
  return checkResource(entry, channel).findings;
}

/** The messages of the rules a kind's v1 schema carries in a channel (status excluded). */
function ruleMessages(kind: string, channel: Channel): Set<string> {
  const schema = schemaData.channels[channel].find((candidate) => candidate.kind === kind);
  const root = schema?.versions.find((version) => version.name === 'v1')?.schema;
  const out = new Set<string>();
  const visit = (index: number | undefined): void => {
    const node = index === undefined ? undefined : schemaData.nodes[index];
    if (!node) return;
    for (const rule of node.rules ?? []) out.add(schemaData.rules[rule]?.message ?? '');
    for (const [name, child] of Object.entries(node.properties ?? {}))
      if (name !== 'status') visit(child);
    visit(node.items);
    visit(node.additionalProperties);
  };
  visit(root);
  return out;
}

describe('the CRDs’ CEL rules', () => {
  it.each(cases.map((c) => [c.kind, c.channel, c.message, c] as const))(
    '%s (%s): a violation reports "%s"',
    (kind, channel, message, c) => {
      const findings = check(kind, channel, c.failing);
      const cel = findings.filter((finding) => finding.code === 'CELViolation');
      expect(cel.map((finding) => finding.message)).toContain(message);
      expect(cel.every((finding) => finding.severity === 'error')).toBe(true);
    },
  );

  it.each(cases.map((c) => [c.kind, c.channel, c.message, c] as const))(
    '%s (%s): a resource that satisfies "%s" has no error',
    (kind, channel, _message, c) => {
      const errors = check(kind, channel, c.passing).filter(
        (finding) => finding.severity === 'error',
      );
      expect(errors).toEqual([]);
    },
  );

  it.each([
    ['HTTPRoute', 'standard'],
    ['HTTPRoute', 'experimental'],
    ['GRPCRoute', 'standard'],
    ['GRPCRoute', 'experimental'],
    ['Gateway', 'standard'],
    ['Gateway', 'experimental'],
    ['ListenerSet', 'standard'],
    ['ListenerSet', 'experimental'],
  ] as const)('every rule of %s (%s) has cases', (kind, channel) => {
    const covered = new Set(
      cases
        .filter((c) => c.kind === kind && (c.channel === channel || c.channel === 'standard'))
        .map((c) => c.message),
    );
    const missing = [...ruleMessages(kind, channel)].filter((message) => !covered.has(message));
    // The path type enum is checked by the schema first, so its CEL rule is tested on its own.
    expect(missing).toEqual(
      kind === 'HTTPRoute'
        ? ["type must be one of ['Exact', 'PathPrefix', 'RegularExpression']"]
        : [],
    );
  });

  it('rejects an HTTPS listener with `tls: {}`: the rule cannot read the absent fields', () => {
    const findings = check('Gateway', 'standard', {
      gatewayClassName: 'class',
      listeners: [{ name: 'https', port: 443, protocol: 'HTTPS', tls: {} }],
    });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'CELViolation',
        path: ['spec', 'listeners', 0, 'tls'],
        message: expect.stringMatching(
          /^no such key: \w+ evaluating rule: certificateRefs or options must be specified when mode is Terminate$/,
        ) as unknown,
      }),
    ]);
  });

  it('reports the path type rule when a value reaches it (the schema enum stops it first)', () => {
    const route = schemaData.channels.standard.find((kind) => kind.kind === 'HTTPRoute');
    let index = route?.versions.find((version) => version.name === 'v1')?.schema ?? -1;
    for (const key of ['spec', 'rules', 'matches', 'path']) {
      const node = schemaData.nodes[index];
      index =
        (key === 'rules' || key === 'matches'
          ? schemaData.nodes[node?.properties?.[key] ?? -1]?.items
          : node?.properties?.[key]) ?? -1;
    }
    const run = (type: string) =>
      evaluateRules(
        schemaData,
        walkSchema(schemaData, { type, value: '/a' }, index, new Set()).ruleSites,
      ).map((failure) => failure.message);
    expect(run('Prefix')).toContain(
      "type must be one of ['Exact', 'PathPrefix', 'RegularExpression']",
    );
    expect(run('PathPrefix')).toEqual([]);
  });
});
