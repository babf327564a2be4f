import type { ObjectMeta } from './meta.ts';
import { type Shape, arrayOf, int, intOrString, obj, opt, recordOf, req, str } from './shape.ts';

/**
 * A port of a Service: the mesh parent port (`parentRef.port`, `sectionName` = its name) and
 * the port a `backendRef` names.
 *
 * @see https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec
 */
export interface ServicePort {
  readonly name?: string;
  readonly protocol?: string;
  readonly appProtocol?: string;
  readonly port: number;
  readonly targetPort?: number | string;
}

/**
 * The parts of a Service's spec that routing depends on.
 *
 * @see https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec
 */
export interface ServiceSpec {
  readonly type?: string;
  readonly clusterIP?: string;
  readonly selector?: Readonly<Record<string, string>>;
  readonly ports?: readonly ServicePort[];
  readonly externalName?: string;
}

/**
 * A core v1 Service: a mesh route's parent (its frontend) and a route's backend.
 *
 * @see https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/
 */
export interface Service {
  readonly apiVersion: string;
  readonly kind: 'Service';
  readonly metadata: ObjectMeta;
  readonly spec: ServiceSpec;
}

export const serviceSpecShape: Shape<ServiceSpec> = obj({
  type: opt(str),
  clusterIP: opt(str),
  selector: opt(recordOf(str)),
  ports: opt(
    arrayOf(
      obj({
        name: opt(str),
        protocol: opt(str),
        appProtocol: opt(str),
        port: req(int, 0),
        targetPort: opt(intOrString),
      }),
    ),
  ),
  externalName: opt(str),
});

/**
 * A core v1 Namespace; its labels decide `allowedRoutes` selectors.
 *
 * @see https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/namespace-v1/
 */
export interface Namespace {
  readonly apiVersion: string;
  readonly kind: 'Namespace';
  readonly metadata: ObjectMeta;
}
