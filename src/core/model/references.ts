import { type Shape, int, obj, opt, req, str } from './shape.ts';

/**
 * A reference from a route (or ListenerSet) to its parent: a Gateway, a ListenerSet, or a
 * Service for mesh routes (`group: ""`, `kind: Service`). Defaults: group
 * `gateway.networking.k8s.io`, kind `Gateway`, namespace of the referring resource.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#parentreference
 */
export interface ParentReference {
  readonly group?: string;
  readonly kind?: string;
  readonly namespace?: string;
  readonly name: string;
  readonly sectionName?: string;
  readonly port?: number;
}

export const parentReferenceShape: Shape<ParentReference> = obj({
  group: opt(str),
  kind: opt(str),
  namespace: opt(str),
  name: req(str, ''),
  sectionName: opt(str),
  port: opt(int),
});

/**
 * A reference to a backend object; defaults to a core Service (`group: ""`, `kind: Service`).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#backendobjectreference
 */
export interface BackendObjectReference {
  readonly group?: string;
  readonly kind?: string;
  readonly name: string;
  readonly namespace?: string;
  readonly port?: number;
}

export const backendObjectReferenceShape: Shape<BackendObjectReference> = obj({
  group: opt(str),
  kind: opt(str),
  name: req(str, ''),
  namespace: opt(str),
  port: opt(int),
});

/**
 * A weighted backend of a route rule (weight defaults to 1; 0 sends no traffic).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#backendref
 */
export interface BackendRef extends BackendObjectReference {
  readonly weight?: number;
}

/** The fields of {@link BackendRef}, for shapes that extend it. */
export const backendRefFields = {
  group: opt(str),
  kind: opt(str),
  name: req(str, ''),
  namespace: opt(str),
  port: opt(int),
  weight: opt(int),
};

export const backendRefShape: Shape<BackendRef> = obj(backendRefFields);

/**
 * A reference to a Secret (or another certificate source) from a listener's TLS settings.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#secretobjectreference
 */
export interface SecretObjectReference {
  readonly group?: string;
  readonly kind?: string;
  readonly name: string;
  readonly namespace?: string;
}

export const secretObjectReferenceShape: Shape<SecretObjectReference> = obj({
  group: opt(str),
  kind: opt(str),
  name: req(str, ''),
  namespace: opt(str),
});

/**
 * A reference to an object in the same namespace (ExtensionRef filters, parametersRef).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#localobjectreference
 */
export interface LocalObjectReference {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
}

export const localObjectReferenceShape: Shape<LocalObjectReference> = obj({
  group: req(str, ''),
  kind: req(str, ''),
  name: req(str, ''),
});
