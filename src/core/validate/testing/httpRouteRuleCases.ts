/**
 * Test data: a failing and a passing `spec` for every CEL rule of HTTPRoute (both channels),
 * keyed by the rule's message.
 */
import {
  cors,
  filterCases,
  redirect,
  rewrite,
  routeSpec,
  rule,
  sharedRouteCases,
  svc,
  withField,
} from './routeCaseBuilders.ts';
import type { Json, RuleCase } from './ruleCase.ts';

const prefixRewrite = (filter: 'requestRedirect' | 'urlRewrite'): Json => ({
  type: filter === 'requestRedirect' ? 'RequestRedirect' : 'URLRewrite',
  [filter]: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/b' } },
});
const exact: Json = { path: { type: 'Exact', value: '/a' } };
const prefix: Json = { path: { type: 'PathPrefix', value: '/a' } };
const pathRule = (value: string): Json =>
  routeSpec([rule({ matches: [{ path: { type: 'PathPrefix', value } }], backendRefs: [svc] })]);
const redirectPath = (path: Json, match: Json = prefix): Json =>
  routeSpec([
    rule({ matches: [match], filters: [{ type: 'RequestRedirect', requestRedirect: { path } }] }),
  ]);
const rewritePath = (path: Json, match: Json = prefix): Json =>
  routeSpec([
    rule({
      matches: [match],
      filters: [{ type: 'URLRewrite', urlRewrite: { path } }],
      backendRefs: [svc],
    }),
  ]);
const corsList = (field: string, values: Json[]): Json =>
  routeSpec([rule({ filters: [{ type: 'CORS', cors: { [field]: values } }], backendRefs: [svc] })]);
const auth = (fields: Record<string, Json>): Json =>
  routeSpec([
    rule({
      filters: [{ type: 'ExternalAuth', externalAuth: { backendRef: svc, ...fields } }],
      backendRefs: [svc],
    }),
  ]);

const pathValueCases: readonly [string, string][] = [
  [
    "value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']",
    'a/b',
  ],
  ["must not contain '//' when type one of ['Exact', 'PathPrefix']", '/a//b'],
  ["must not contain '/./' when type one of ['Exact', 'PathPrefix']", '/a/./b'],
  ["must not contain '/../' when type one of ['Exact', 'PathPrefix']", '/a/../b'],
  ["must not contain '%2f' when type one of ['Exact', 'PathPrefix']", '/a%2fb'],
  ["must not contain '%2F' when type one of ['Exact', 'PathPrefix']", '/a%2Fb'],
  ["must not contain '#' when type one of ['Exact', 'PathPrefix']", '/a#b'],
  ["must not end with '/..' when type one of ['Exact', 'PathPrefix']", '/a/..'],
  ["must not end with '/.' when type one of ['Exact', 'PathPrefix']", '/a/.'],
  [
    "must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']",
    '/a b',
  ],
];

const httpOnly: RuleCase[] = [
  ...pathValueCases.map(([message, value]): RuleCase => ({
    kind: 'HTTPRoute',
    channel: 'standard',
    message,
    failing: pathRule(value),
    passing: pathRule('/a/b-c_d'),
  })),
  ...filterCases('HTTPRoute', [
    'cors',
    'requestHeaderModifier',
    'responseHeaderModifier',
    'requestMirror',
    'requestRedirect',
    'urlRewrite',
    'extensionRef',
  ]),
  {
    kind: 'HTTPRoute',
    channel: 'experimental',
    message: 'filter.externalAuth must be nil if the filter.type is not ExternalAuth',
    failing: routeSpec([
      rule({
        filters: [
          withField(rewrite, 'externalAuth', { backendRef: svc, protocol: 'HTTP', http: {} }),
        ],
      }),
    ]),
    passing: auth({ protocol: 'HTTP', http: {} }),
  },
  {
    kind: 'HTTPRoute',
    channel: 'experimental',
    message: 'filter.externalAuth must be specified for ExternalAuth filter.type',
    failing: routeSpec([rule({ filters: [{ type: 'ExternalAuth' }] })]),
    passing: auth({ protocol: 'HTTP', http: {} }),
  },
  {
    kind: 'HTTPRoute',
    channel: 'experimental',
    message: "grpc must be specified when protocol is set to 'GRPC'",
    failing: auth({ protocol: 'GRPC' }),
    passing: auth({ protocol: 'GRPC', grpc: {} }),
  },
  {
    kind: 'HTTPRoute',
    channel: 'experimental',
    message: "protocol must be 'GRPC' when grpc is set",
    failing: auth({ protocol: 'HTTP', http: {}, grpc: {} }),
    passing: auth({ protocol: 'GRPC', grpc: {} }),
  },
  {
    kind: 'HTTPRoute',
    channel: 'experimental',
    message: "http must be specified when protocol is set to 'HTTP'",
    failing: auth({ protocol: 'HTTP' }),
    passing: auth({ protocol: 'HTTP', http: {} }),
  },
  {
    kind: 'HTTPRoute',
    channel: 'experimental',
    message: "protocol must be 'HTTP' when http is set",
    failing: auth({ protocol: 'GRPC', grpc: {}, http: {} }),
    passing: auth({ protocol: 'HTTP', http: {} }),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: 'RequestRedirect filter must not be used together with backendRefs',
    failing: routeSpec([rule({ filters: [redirect], backendRefs: [svc] })]),
    passing: routeSpec([rule({ filters: [redirect] })]),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message:
      'When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified',
    failing: routeSpec([rule({ matches: [exact], filters: [prefixRewrite('requestRedirect')] })]),
    passing: routeSpec([rule({ matches: [prefix], filters: [prefixRewrite('requestRedirect')] })]),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message:
      'When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified',
    failing: routeSpec([
      rule({ matches: [exact], filters: [prefixRewrite('urlRewrite')], backendRefs: [svc] }),
    ]),
    passing: routeSpec([
      rule({ matches: [prefix], filters: [prefixRewrite('urlRewrite')], backendRefs: [svc] }),
    ]),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message:
      'Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified',
    failing: routeSpec([
      rule({
        matches: [exact, prefix],
        backendRefs: [{ ...svc, filters: [prefixRewrite('requestRedirect')] }],
      }),
    ]),
    passing: routeSpec([
      rule({
        matches: [prefix],
        backendRefs: [{ ...svc, filters: [prefixRewrite('requestRedirect')] }],
      }),
    ]),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message:
      'Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified',
    failing: routeSpec([
      rule({ matches: [exact], backendRefs: [{ ...svc, filters: [prefixRewrite('urlRewrite')] }] }),
    ]),
    passing: routeSpec([
      rule({
        matches: [prefix],
        backendRefs: [{ ...svc, filters: [prefixRewrite('urlRewrite')] }],
      }),
    ]),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message:
      'May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both',
    failing: routeSpec([rule({ filters: [redirect, rewrite] })]),
    passing: routeSpec([rule({ filters: [rewrite], backendRefs: [svc] })]),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: 'CORS filter cannot be repeated',
    failing: routeSpec([rule({ filters: [cors, cors], backendRefs: [svc] })]),
    passing: routeSpec([rule({ filters: [cors], backendRefs: [svc] })]),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: 'RequestRedirect filter cannot be repeated',
    failing: routeSpec([rule({ filters: [redirect, redirect] })]),
    passing: routeSpec([rule({ filters: [redirect] })]),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: 'URLRewrite filter cannot be repeated',
    failing: routeSpec([rule({ filters: [rewrite, rewrite], backendRefs: [svc] })]),
    passing: routeSpec([rule({ filters: [rewrite], backendRefs: [svc] })]),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: "AllowHeaders cannot contain '*' alongside other methods",
    failing: corsList('allowHeaders', ['*', 'x-a']),
    passing: corsList('allowHeaders', ['*']),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: "AllowMethods cannot contain '*' alongside other methods",
    failing: corsList('allowMethods', ['*', 'GET']),
    passing: corsList('allowMethods', ['GET', 'POST']),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: "AllowOrigins cannot contain '*' alongside other origins",
    failing: corsList('allowOrigins', ['*', 'https://a.example.com']),
    passing: corsList('allowOrigins', ['*']),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: "replaceFullPath must be specified when type is set to 'ReplaceFullPath'",
    failing: redirectPath({ type: 'ReplaceFullPath' }),
    passing: redirectPath({ type: 'ReplaceFullPath', replaceFullPath: '/x' }),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: "type must be 'ReplaceFullPath' when replaceFullPath is set",
    failing: rewritePath({
      type: 'ReplacePrefixMatch',
      replacePrefixMatch: '/x',
      replaceFullPath: '/y',
    }),
    passing: rewritePath({ type: 'ReplaceFullPath', replaceFullPath: '/y' }),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: "replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'",
    failing: rewritePath({ type: 'ReplacePrefixMatch' }),
    passing: rewritePath({ type: 'ReplacePrefixMatch', replacePrefixMatch: '/x' }),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: "type must be 'ReplacePrefixMatch' when replacePrefixMatch is set",
    failing: redirectPath({
      type: 'ReplaceFullPath',
      replaceFullPath: '/x',
      replacePrefixMatch: '/y',
    }),
    passing: redirectPath({ type: 'ReplacePrefixMatch', replacePrefixMatch: '/y' }),
  },
  {
    kind: 'HTTPRoute',
    channel: 'standard',
    message: 'backendRequest timeout cannot be longer than request timeout',
    failing: routeSpec([
      rule({ timeouts: { request: '1s', backendRequest: '2s' }, backendRefs: [svc] }),
    ]),
    passing: routeSpec([
      rule({ timeouts: { request: '2s', backendRequest: '1500ms' }, backendRefs: [svc] }),
    ]),
  },
];

/** Every HTTPRoute case. */
export const httpRouteRuleCases: readonly RuleCase[] = [
  ...sharedRouteCases('HTTPRoute', (i) => ({ path: { type: 'PathPrefix', value: `/m${i}` } })),
  ...httpOnly,
];
