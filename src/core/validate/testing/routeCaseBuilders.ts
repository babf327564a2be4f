/**
 * Builders for the route rule cases: resources, filters, and the cases HTTPRoute and GRPCRoute
 * share (parentRefs, match totals, rule names, filters, mirrors, session persistence).
 */
import type { Json, RuleCase } from './ruleCase.ts';

/** A Service backendRef. */
export const svc = { name: 'svc', port: 8080 };
/** A Gateway parentRef. */
export const gw = { name: 'gw' };
/** A RequestRedirect filter. */
export const redirect: Json = { type: 'RequestRedirect', requestRedirect: { statusCode: 301 } };
/** A URLRewrite filter. */
export const rewrite: Json = { type: 'URLRewrite', urlRewrite: { hostname: 'example.com' } };
/** A CORS filter. */
export const cors: Json = { type: 'CORS', cors: { allowOrigins: ['https://example.com'] } };

/**
 * A route spec attached to {@link gw}.
 *
 * @param rules - Its rules.
 * @param extra - More spec fields.
 */
export function routeSpec(rules: Json[], extra: Record<string, Json> = {}): Json {
  return { parentRefs: [gw], rules, ...extra };
}

/**
 * A rule (written as its fields, for readability at the call site).
 *
 * @param fields - The rule's fields.
 */
export function rule(fields: Record<string, Json>): Json {
  return fields;
}

/**
 * A header modifier filter that sets one header.
 *
 * @param type - `RequestHeaderModifier` or `ResponseHeaderModifier`.
 * @param field - The matching filter field.
 */
export function headers(type: string, field: string): Json {
  return { type, [field]: { set: [{ name: 'x-a', value: '1' }] } };
}

/**
 * A RequestMirror filter to {@link svc}.
 *
 * @param extra - More mirror fields (`percent`, `fraction`).
 */
export function mirror(extra: Record<string, Json> = {}): Json {
  return { type: 'RequestMirror', requestMirror: { backendRef: svc, ...extra } };
}

const extensionRef: Json = {
  type: 'ExtensionRef',
  extensionRef: { group: 'example.com', kind: 'Auth', name: 'a' },
};
const matches = (count: number, make: (i: number) => Json): Json[] =>
  Array.from({ length: count }, (_, i) => make(i));

/** Filter fields and a valid filter of their own type, for the nil/specified rule pairs. */
const filterFields: readonly { field: string; type: string; valid: Json; other: Json }[] = [
  {
    field: 'cors',
    type: 'CORS',
    valid: cors,
    other: headers('RequestHeaderModifier', 'requestHeaderModifier'),
  },
  {
    field: 'requestHeaderModifier',
    type: 'RequestHeaderModifier',
    valid: headers('RequestHeaderModifier', 'requestHeaderModifier'),
    other: headers('ResponseHeaderModifier', 'responseHeaderModifier'),
  },
  {
    field: 'responseHeaderModifier',
    type: 'ResponseHeaderModifier',
    valid: headers('ResponseHeaderModifier', 'responseHeaderModifier'),
    other: headers('RequestHeaderModifier', 'requestHeaderModifier'),
  },
  {
    field: 'requestMirror',
    type: 'RequestMirror',
    valid: mirror(),
    other: headers('RequestHeaderModifier', 'requestHeaderModifier'),
  },
  { field: 'requestRedirect', type: 'RequestRedirect', valid: redirect, other: rewrite },
  { field: 'urlRewrite', type: 'URLRewrite', valid: rewrite, other: redirect },
  {
    field: 'extensionRef',
    type: 'ExtensionRef',
    valid: extensionRef,
    other: headers('RequestHeaderModifier', 'requestHeaderModifier'),
  },
];

/**
 * A filter with one more field.
 *
 * @param filter - The filter.
 * @param field - The field name.
 * @param value - Its value.
 */
export function withField(filter: Json, field: string, value: Json): Json {
  return { ...(filter as Record<string, Json>), [field]: value };
}

/**
 * The `filter.<x> must be nil…` / `must be specified…` cases of some filter fields.
 *
 * @param kind - HTTPRoute or GRPCRoute.
 * @param fields - The filter fields the kind has.
 */
export function filterCases(
  kind: 'HTTPRoute' | 'GRPCRoute',
  fields: readonly string[],
): RuleCase[] {
  return filterFields
    .filter(({ field }) => fields.includes(field))
    .flatMap(({ field, type, valid, other }): RuleCase[] => {
      const value = (valid as Record<string, Json>)[field] ?? null;
      return [
        {
          kind,
          channel: 'standard',
          message: `filter.${field} must be nil if the filter.type is not ${type}`,
          failing: routeSpec([rule({ filters: [withField(other, field, value)] })]),
          passing: routeSpec([rule({ filters: [valid] })]),
        },
        {
          kind,
          channel: 'standard',
          message: `filter.${field} must be specified for ${type} filter.type`,
          failing: routeSpec([rule({ filters: [{ type }] })]),
          passing: routeSpec([rule({ filters: [valid] })]),
        },
      ];
    });
}

function parentRefCases(kind: 'HTTPRoute' | 'GRPCRoute'): RuleCase[] {
  const spec = (parentRefs: Json[]): Json => ({ parentRefs, rules: [{ backendRefs: [svc] }] });
  return [
    {
      kind,
      channel: 'standard',
      message:
        'sectionName must be specified when parentRefs includes 2 or more references to the same parent',
      failing: spec([gw, { ...gw, sectionName: 'a' }]),
      passing: spec([
        { ...gw, sectionName: 'a' },
        { ...gw, sectionName: 'b' },
      ]),
    },
    {
      kind,
      channel: 'standard',
      message:
        'sectionName must be unique when parentRefs includes 2 or more references to the same parent',
      failing: spec([
        { ...gw, sectionName: 'a' },
        { ...gw, sectionName: 'a' },
      ]),
      passing: spec([
        { ...gw, sectionName: 'a' },
        { ...gw, sectionName: 'b' },
      ]),
    },
    {
      kind,
      channel: 'experimental',
      message:
        'sectionName or port must be specified when parentRefs includes 2 or more references to the same parent',
      failing: spec([gw, { ...gw, port: 80 }]),
      passing: spec([
        { ...gw, port: 80 },
        { ...gw, port: 81 },
      ]),
    },
    {
      kind,
      channel: 'experimental',
      message:
        'sectionName or port must be unique when parentRefs includes 2 or more references to the same parent',
      failing: spec([
        { ...gw, port: 80 },
        { ...gw, port: 80 },
      ]),
      passing: spec([
        { ...gw, port: 80 },
        { ...gw, port: 81 },
      ]),
    },
  ];
}

/**
 * The cases of the rules HTTPRoute and GRPCRoute share.
 *
 * @param kind - HTTPRoute or GRPCRoute.
 * @param match - A distinct match of the kind, for the match-count rule.
 */
export function sharedRouteCases(
  kind: 'HTTPRoute' | 'GRPCRoute',
  match: (i: number) => Json,
): RuleCase[] {
  const many = (rules: number): Json[] =>
    Array.from({ length: rules }, () => rule({ matches: matches(64, match), backendRefs: [svc] }));
  const session = (value: Json): Json =>
    routeSpec([rule({ sessionPersistence: value, backendRefs: [svc] })]);
  return [
    ...parentRefCases(kind),
    {
      kind,
      channel: 'standard',
      message:
        'While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128',
      failing: routeSpec(many(3)),
      passing: routeSpec(many(2)),
    },
    {
      kind,
      channel: 'experimental',
      message: 'Rule name must be unique within the route',
      failing: routeSpec([
        rule({ name: 'a', backendRefs: [svc] }),
        rule({ name: 'a', backendRefs: [svc] }),
      ]),
      passing: routeSpec([
        rule({ name: 'a', backendRefs: [svc] }),
        rule({ name: 'b', backendRefs: [svc] }),
      ]),
    },
    {
      kind,
      channel: 'standard',
      message: 'Must have port for Service reference',
      failing: routeSpec([rule({ backendRefs: [{ name: 'svc' }] })]),
      passing: routeSpec([rule({ backendRefs: [svc] })]),
    },
    {
      kind,
      channel: 'standard',
      message: 'RequestHeaderModifier filter cannot be repeated',
      failing: routeSpec([
        rule({
          filters: [
            headers('RequestHeaderModifier', 'requestHeaderModifier'),
            headers('RequestHeaderModifier', 'requestHeaderModifier'),
          ],
        }),
      ]),
      passing: routeSpec([
        rule({ filters: [headers('RequestHeaderModifier', 'requestHeaderModifier')] }),
      ]),
    },
    {
      kind,
      channel: 'standard',
      message: 'ResponseHeaderModifier filter cannot be repeated',
      failing: routeSpec([
        rule({
          filters: [
            headers('ResponseHeaderModifier', 'responseHeaderModifier'),
            headers('ResponseHeaderModifier', 'responseHeaderModifier'),
          ],
        }),
      ]),
      passing: routeSpec([
        rule({ filters: [headers('ResponseHeaderModifier', 'responseHeaderModifier')] }),
      ]),
    },
    {
      kind,
      channel: 'standard',
      message: 'Only one of percent or fraction may be specified in HTTPRequestMirrorFilter',
      failing: routeSpec([
        rule({ filters: [mirror({ percent: 10, fraction: { numerator: 1 } })] }),
      ]),
      passing: routeSpec([rule({ filters: [mirror({ percent: 10 })] })]),
    },
    {
      kind,
      channel: 'standard',
      message: 'numerator must be less than or equal to denominator',
      failing: routeSpec([
        rule({ filters: [mirror({ fraction: { numerator: 200, denominator: 100 } })] }),
      ]),
      passing: routeSpec([
        rule({ filters: [mirror({ fraction: { numerator: 1, denominator: 100 } })] }),
      ]),
    },
    {
      kind,
      channel: 'experimental',
      message: 'AbsoluteTimeout must be specified when cookie lifetimeType is Permanent',
      failing: session({ type: 'Cookie', cookieConfig: { lifetimeType: 'Permanent' } }),
      passing: session({
        type: 'Cookie',
        absoluteTimeout: '1h',
        cookieConfig: { lifetimeType: 'Permanent' },
      }),
    },
    {
      kind,
      channel: 'experimental',
      message: 'cookieConfig can only be set with type Cookie',
      failing: session({ type: 'Header', cookieConfig: { lifetimeType: 'Session' } }),
      passing: session({ type: 'Cookie', cookieConfig: { lifetimeType: 'Session' } }),
    },
  ];
}
