/**
 * Test data: a failing and a passing `spec` for every CEL rule of GRPCRoute (both channels),
 * keyed by the rule's message.
 */
import { filterCases, routeSpec, rule, sharedRouteCases, svc } from './routeCaseBuilders.ts';
import type { Json, RuleCase } from './ruleCase.ts';

const grpcMethod = (method: Json): Json =>
  routeSpec([rule({ matches: [{ method }], backendRefs: [svc] })]);

const grpcOnly: RuleCase[] = [
  ...filterCases('GRPCRoute', [
    'requestHeaderModifier',
    'responseHeaderModifier',
    'requestMirror',
    'extensionRef',
  ]),
  {
    kind: 'GRPCRoute',
    channel: 'standard',
    message: "One or both of 'service' or 'method' must be specified",
    failing: grpcMethod({ type: 'Exact' }),
    passing: grpcMethod({ type: 'Exact', method: 'Get' }),
  },
  {
    kind: 'GRPCRoute',
    channel: 'standard',
    message:
      'service must only contain valid characters (matching ^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$)',
    failing: grpcMethod({ service: 'foo-bar.Svc' }),
    passing: grpcMethod({ service: 'Foo.bar_v1.Svc' }),
  },
  {
    kind: 'GRPCRoute',
    channel: 'standard',
    message: 'method must only contain valid characters (matching ^[A-Za-z_][A-Za-z_0-9]*$)',
    failing: grpcMethod({ service: 'svc.Echo', method: 'Get.All' }),
    passing: grpcMethod({ service: 'svc.Echo', method: 'Get_All' }),
  },
];

/** Every GRPCRoute case. */
export const grpcRouteRuleCases: readonly RuleCase[] = [
  ...sharedRouteCases('GRPCRoute', (i) => ({ method: { service: 'svc.Echo', method: `M${i}` } })),
  ...grpcOnly,
];
