import { type HTTPRouteFilter, httpRouteFilterShape } from './filters.ts';
import type { ObjectMeta } from './meta.ts';
import {
  type BackendRef,
  type ParentReference,
  backendRefFields,
  parentReferenceShape,
} from './references.ts';
import { type Shape, arrayOf, int, obj, oneOf, opt, req, str } from './shape.ts';

/** The HTTP methods an HTTPRoute match can name. */
export type HTTPMethod =
  'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'CONNECT' | 'OPTIONS' | 'TRACE' | 'PATCH';

/**
 * How a request path is matched (default `PathPrefix /`).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httppathmatch
 */
export interface HTTPPathMatch {
  readonly type?: 'Exact' | 'PathPrefix' | 'RegularExpression';
  readonly value?: string;
}

/**
 * A header or query-parameter condition (`Exact` by default).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httpheadermatch
 */
export interface HTTPValueMatch {
  readonly type?: 'Exact' | 'RegularExpression';
  readonly name: string;
  readonly value: string;
}

/**
 * One match of a rule: all its conditions must hold; the matches of a rule are alternatives.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httproutematch
 */
export interface HTTPRouteMatch {
  readonly path?: HTTPPathMatch;
  readonly headers?: readonly HTTPValueMatch[];
  readonly queryParams?: readonly HTTPValueMatch[];
  readonly method?: HTTPMethod;
}

/**
 * Request and per-try timeouts (GEP-2257 durations such as `10s`).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httproutetimeouts
 */
export interface HTTPRouteTimeouts {
  readonly request?: string;
  readonly backendRequest?: string;
}

/**
 * Retry policy of a rule (experimental channel).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httprouteretry
 */
export interface HTTPRouteRetry {
  readonly codes?: readonly number[];
  readonly attempts?: number;
  readonly backoff?: string;
}

/**
 * A weighted backend of an HTTPRoute rule, with filters applied only when it is chosen.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httpbackendref
 */
export interface HTTPBackendRef extends BackendRef {
  readonly filters?: readonly HTTPRouteFilter[];
}

/**
 * A rule: matches, filters and the backends traffic is split across.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httprouterule
 */
export interface HTTPRouteRule {
  readonly name?: string;
  readonly matches?: readonly HTTPRouteMatch[];
  readonly filters?: readonly HTTPRouteFilter[];
  readonly backendRefs?: readonly HTTPBackendRef[];
  readonly timeouts?: HTTPRouteTimeouts;
  readonly retry?: HTTPRouteRetry;
}

/**
 * The desired state of an HTTPRoute.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httproutespec
 */
export interface HTTPRouteSpec {
  readonly parentRefs?: readonly ParentReference[];
  readonly hostnames?: readonly string[];
  readonly rules?: readonly HTTPRouteRule[];
}

/**
 * Routes HTTP requests from a Gateway listener or, in a mesh, from a Service's frontend.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httproute
 */
export interface HTTPRoute {
  readonly apiVersion: string;
  readonly kind: 'HTTPRoute';
  readonly metadata: ObjectMeta;
  readonly spec: HTTPRouteSpec;
}

const valueMatchShape: Shape<HTTPValueMatch> = obj({
  type: opt(oneOf('Exact', 'RegularExpression')),
  name: req(str, ''),
  value: req(str, ''),
});

export const httpRouteMatchShape: Shape<HTTPRouteMatch> = obj({
  path: opt(obj({ type: opt(oneOf('Exact', 'PathPrefix', 'RegularExpression')), value: opt(str) })),
  headers: opt(arrayOf(valueMatchShape)),
  queryParams: opt(arrayOf(valueMatchShape)),
  method: opt(
    oneOf('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'),
  ),
});

const httpBackendRefShape: Shape<HTTPBackendRef> = obj({
  ...backendRefFields,
  filters: opt(arrayOf(httpRouteFilterShape)),
});

const httpRouteRuleShape: Shape<HTTPRouteRule> = obj({
  name: opt(str),
  matches: opt(arrayOf(httpRouteMatchShape)),
  filters: opt(arrayOf(httpRouteFilterShape)),
  backendRefs: opt(arrayOf(httpBackendRefShape)),
  timeouts: opt(obj({ request: opt(str), backendRequest: opt(str) })),
  retry: opt(obj({ codes: opt(arrayOf(int)), attempts: opt(int), backoff: opt(str) })),
});

export const httpRouteSpecShape: Shape<HTTPRouteSpec> = obj({
  parentRefs: opt(arrayOf(parentReferenceShape)),
  hostnames: opt(arrayOf(str)),
  rules: opt(arrayOf(httpRouteRuleShape)),
});
