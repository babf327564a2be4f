import { type Shape, arrayOf, int, obj, opt, recordOf, req, str, anything } from './shape.ts';

/**
 * Standard object metadata: name, namespace, labels, annotations and the creation time that
 * breaks ties between routes.
 *
 * @see https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-meta/
 */
export interface ObjectMeta {
  readonly name: string;
  readonly namespace?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
  /** RFC 3339 time; tie-breaks route precedence (oldest first). */
  readonly creationTimestamp?: string;
  readonly generation?: number;
}

export const objectMetaShape: Shape<ObjectMeta> = obj({
  name: req(str, ''),
  namespace: opt(str),
  labels: opt(recordOf(str)),
  annotations: opt(recordOf(str)),
  creationTimestamp: opt(str),
  generation: opt(int),
});

/**
 * A Kubernetes label selector.
 *
 * @see https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/label-selector/
 */
export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly LabelSelectorRequirement[];
}

/**
 * One expression of a label selector (`In`, `NotIn`, `Exists`, `DoesNotExist`).
 *
 * @see https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/label-selector/
 */
export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: string;
  readonly values?: readonly string[];
}

export const labelSelectorShape: Shape<LabelSelector> = obj({
  matchLabels: opt(recordOf(str)),
  matchExpressions: opt(
    arrayOf(obj({ key: req(str, ''), operator: req(str, ''), values: opt(arrayOf(str)) })),
  ),
});

/** Data kept as written, for fields the typed model does not interpret. */
export const opaqueShape: Shape<unknown> = anything;
