import { type GRPCRouteFilter, grpcRouteFilterShape } from './filters.ts';
import type { HTTPValueMatch } from './httpRoute.ts';
import type { ObjectMeta } from './meta.ts';
import {
  type BackendRef,
  type ParentReference,
  backendRefFields,
  parentReferenceShape,
} from './references.ts';
import { type Shape, arrayOf, obj, oneOf, opt, req, str } from './shape.ts';

/**
 * Matches the gRPC service and method (`Exact` by default; either may be left out).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#grpcmethodmatch
 */
export interface GRPCMethodMatch {
  readonly type?: 'Exact' | 'RegularExpression';
  readonly service?: string;
  readonly method?: string;
}

/**
 * One match of a GRPCRoute rule.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#grpcroutematch
 */
export interface GRPCRouteMatch {
  readonly method?: GRPCMethodMatch;
  readonly headers?: readonly HTTPValueMatch[];
}

/**
 * A weighted backend of a GRPCRoute rule.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#grpcbackendref
 */
export interface GRPCBackendRef extends BackendRef {
  readonly filters?: readonly GRPCRouteFilter[];
}

/**
 * A GRPCRoute rule.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#grpcrouterule
 */
export interface GRPCRouteRule {
  readonly name?: string;
  readonly matches?: readonly GRPCRouteMatch[];
  readonly filters?: readonly GRPCRouteFilter[];
  readonly backendRefs?: readonly GRPCBackendRef[];
}

/**
 * The desired state of a GRPCRoute.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#grpcroutespec
 */
export interface GRPCRouteSpec {
  readonly parentRefs?: readonly ParentReference[];
  readonly hostnames?: readonly string[];
  readonly rules?: readonly GRPCRouteRule[];
}

/**
 * Routes gRPC calls by service and method, from a Gateway or a mesh Service.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#grpcroute
 */
export interface GRPCRoute {
  readonly apiVersion: string;
  readonly kind: 'GRPCRoute';
  readonly metadata: ObjectMeta;
  readonly spec: GRPCRouteSpec;
}

const headerMatchShape: Shape<HTTPValueMatch> = obj({
  type: opt(oneOf('Exact', 'RegularExpression')),
  name: req(str, ''),
  value: req(str, ''),
});

const grpcRouteRuleShape: Shape<GRPCRouteRule> = obj({
  name: opt(str),
  matches: opt(
    arrayOf(
      obj({
        method: opt(
          obj({
            type: opt(oneOf('Exact', 'RegularExpression')),
            service: opt(str),
            method: opt(str),
          }),
        ),
        headers: opt(arrayOf(headerMatchShape)),
      }),
    ),
  ),
  filters: opt(arrayOf(grpcRouteFilterShape)),
  backendRefs: opt(
    arrayOf(obj({ ...backendRefFields, filters: opt(arrayOf(grpcRouteFilterShape)) })),
  ),
});

export const grpcRouteSpecShape: Shape<GRPCRouteSpec> = obj({
  parentRefs: opt(arrayOf(parentReferenceShape)),
  hostnames: opt(arrayOf(str)),
  rules: opt(arrayOf(grpcRouteRuleShape)),
});
