import type { ObjectMeta } from './meta.ts';
import { type Shape, anything, arrayOf, obj, opt, req, str } from './shape.ts';

/**
 * The `from` side of a ReferenceGrant: which kind of resource, in which namespace, may refer.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#referencegrantfrom
 */
export interface ReferenceGrantFrom {
  readonly group: string;
  readonly kind: string;
  readonly namespace: string;
}

/**
 * The `to` side of a ReferenceGrant: which kind (and optionally which name) may be referred to.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#referencegrantto
 */
export interface ReferenceGrantTo {
  readonly group: string;
  readonly kind: string;
  readonly name?: string;
}

/**
 * Permits references into its namespace from resources in other namespaces.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#referencegrant
 */
export interface ReferenceGrant {
  readonly apiVersion: string;
  readonly kind: 'ReferenceGrant';
  readonly metadata: ObjectMeta;
  readonly spec: {
    readonly from: readonly ReferenceGrantFrom[];
    readonly to: readonly ReferenceGrantTo[];
  };
}

export const referenceGrantSpecShape: Shape<ReferenceGrant['spec']> = obj({
  from: req(arrayOf(obj({ group: req(str, ''), kind: req(str, ''), namespace: req(str, '') })), []),
  to: req(arrayOf(obj({ group: req(str, ''), kind: req(str, ''), name: opt(str) })), []),
});

/**
 * A policy target: a Service (and optionally one of its ports, by name).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#localpolicytargetreferencewithsectionname
 */
export interface PolicyTargetReference {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  readonly sectionName?: string;
}

/**
 * How a Gateway verifies the TLS connection to a backend.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#backendtlspolicy
 */
export interface BackendTLSPolicy {
  readonly apiVersion: string;
  readonly kind: 'BackendTLSPolicy';
  readonly metadata: ObjectMeta;
  readonly spec: {
    readonly targetRefs: readonly PolicyTargetReference[];
    readonly validation?: unknown;
    readonly options?: unknown;
  };
}

export const backendTLSPolicySpecShape: Shape<BackendTLSPolicy['spec']> = obj({
  targetRefs: req(
    arrayOf(
      obj({ group: req(str, ''), kind: req(str, ''), name: req(str, ''), sectionName: opt(str) }),
    ),
    [],
  ),
  validation: opt(anything),
  options: opt(anything),
});
