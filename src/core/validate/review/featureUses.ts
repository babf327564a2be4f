import { isPlainObject, ownField } from '../../util/object.ts';
import type { FieldPath } from '../../yaml/fieldPath.ts';

/**
 * Which optional features of Gateway API a resource uses: Extended features (with the name the
 * conformance reports use) and implementation-specific ones (semantics.md (a) A4, A10, A12, G2,
 * and (d)).
 */

/** A feature a resource can use. */
export interface Feature {
  /** What it is, as the start of a sentence. */
  readonly label: string;
  readonly level: 'extended' | 'implementationSpecific';
  /** The conformance feature name for Gateway-bound routes (and other kinds). */
  readonly gateway?: string;
  /** The conformance feature name for mesh routes, where it differs. */
  readonly mesh?: string;
}

/** One use of a feature, at the field that uses it. */
export interface FeatureUse {
  readonly feature: Feature;
  readonly path: FieldPath;
}

const ext = (label: string, gateway?: string, mesh?: string): Feature => ({
  label,
  level: 'extended',
  ...(gateway === undefined ? {} : { gateway }),
  ...(mesh === undefined ? {} : { mesh }),
});
const specific = (label: string): Feature => ({ label, level: 'implementationSpecific' });

const F = {
  regexPath: specific('RegularExpression path matching'),
  regexHeader: specific('RegularExpression header matching'),
  regexQuery: specific('RegularExpression query parameter matching'),
  method: ext('Method matching', 'HTTPRouteMethodMatching'),
  query: ext(
    'Query parameter matching',
    'HTTPRouteQueryParamMatching',
    'MeshHTTPRouteQueryParamMatching',
  ),
  responseHeaders: ext('The ResponseHeaderModifier filter', 'HTTPRouteResponseHeaderModification'),
  backendRequestHeaders: ext(
    'A RequestHeaderModifier filter on a backendRef',
    'HTTPRouteBackendRequestHeaderModification',
    'MeshHTTPRouteBackendRequestHeaderModification',
  ),
  pathRewrite: ext(
    'Path rewriting (URLRewrite path)',
    'HTTPRoutePathRewrite',
    'MeshHTTPRouteRewritePath',
  ),
  hostRewrite: ext('Host rewriting (URLRewrite hostname)', 'HTTPRouteHostRewrite'),
  mirror: ext('Request mirroring', 'HTTPRouteRequestMirror'),
  multipleMirrors: ext('More than one RequestMirror filter', 'HTTPRouteRequestMultipleMirrors'),
  percentMirror: ext('Mirroring a share of requests', 'HTTPRouteRequestPercentageMirror'),
  cors: ext('The CORS filter', 'HTTPRouteCORS'),
  extensionRef: specific('An ExtensionRef filter'),
  externalAuth: ext('The ExternalAuth filter'),
  redirectPort: ext(
    'Redirecting to another port',
    'HTTPRoutePortRedirect',
    'MeshHTTPRouteRedirectPort',
  ),
  redirectScheme: ext(
    'Redirecting to another scheme',
    'HTTPRouteSchemeRedirect',
    'MeshHTTPRouteSchemeRedirect',
  ),
  redirectPath: ext(
    'Redirecting to another path',
    'HTTPRoutePathRedirect',
    'MeshHTTPRouteRedirectPath',
  ),
  requestTimeout: ext('A request timeout', 'HTTPRouteRequestTimeout'),
  backendTimeout: ext('A backend request timeout', 'HTTPRouteBackendTimeout'),
  retry: ext('Retries', 'HTTPRouteRetry'),
  namedRule: ext('Naming rules', 'HTTPRouteNamedRouteRule', 'MeshHTTPRouteNamedRouteRule'),
  parentPort: ext('Attaching to a Gateway by port', 'HTTPRouteParentRefPort'),
  session: ext('Session persistence'),
  grpcRegex: specific('RegularExpression gRPC method matching'),
  grpcMethodOnly: specific('Matching a gRPC method without its service'),
  grpcFilter: ext('A GRPCRoute filter other than RequestHeaderModifier'),
  grpcNamedRule: ext('Naming rules'),
  staticAddresses: ext('Requesting Gateway addresses', 'GatewayStaticAddresses'),
  infrastructure: ext(
    'Gateway infrastructure labels and annotations',
    'GatewayInfrastructurePropagation',
  ),
  frontendValidation: ext(
    'Client certificate validation',
    'GatewayFrontendClientCertificateValidation',
  ),
  backendClientCertificate: ext(
    'A Gateway client certificate for backends',
    'GatewayBackendClientCertificate',
  ),
  tlsTerminate: ext('Terminating TLS for TLSRoutes', 'TLSRouteModeTerminate'),
} as const;

/** Features that a whole kind is (ListenerSet, TCPRoute…). */
const kindFeatures: Readonly<Record<string, Feature>> = {
  ListenerSet: ext('ListenerSet', 'ListenerSet'),
  TCPRoute: ext('TCPRoute', 'TCPRoute'),
  UDPRoute: ext('UDPRoute', 'UDPRoute'),
  BackendTLSPolicy: ext('BackendTLSPolicy', 'BackendTLSPolicy'),
};

type Uses = FeatureUse[];

function items(value: unknown, key: string): readonly unknown[] {
  const list = ownField(value, key);
  return Array.isArray(list) ? list : [];
}

function has(value: unknown, key: string): boolean {
  return isPlainObject(value) && Object.hasOwn(value, key) && value[key] !== null;
}

function httpFilterUses(
  filters: readonly unknown[],
  path: FieldPath,
  backend: boolean,
  out: Uses,
): void {
  let mirrors = 0;
  filters.forEach((filter, i) => {
    const at = [...path, i];
    const type = ownField(filter, 'type');
    const add = (feature: Feature, field: FieldPath = ['type']): number =>
      out.push({ feature, path: [...at, ...field] });
    if (type === 'RequestHeaderModifier' && backend) add(F.backendRequestHeaders);
    else if (type === 'ResponseHeaderModifier') add(F.responseHeaders);
    else if (type === 'CORS') add(F.cors);
    else if (type === 'ExtensionRef') add(F.extensionRef);
    else if (type === 'ExternalAuth') add(F.externalAuth);
    else if (type === 'RequestMirror') {
      add(F.mirror);
      if (++mirrors === 2) add(F.multipleMirrors);
      const mirror = ownField(filter, 'requestMirror');
      if (has(mirror, 'percent')) add(F.percentMirror, ['requestMirror', 'percent']);
      else if (has(mirror, 'fraction')) add(F.percentMirror, ['requestMirror', 'fraction']);
    } else if (type === 'URLRewrite') {
      const rewrite = ownField(filter, 'urlRewrite');
      if (has(rewrite, 'path')) add(F.pathRewrite, ['urlRewrite', 'path']);
      if (has(rewrite, 'hostname')) add(F.hostRewrite, ['urlRewrite', 'hostname']);
    } else if (type === 'RequestRedirect') {
      const redirect = ownField(filter, 'requestRedirect');
      if (has(redirect, 'port')) add(F.redirectPort, ['requestRedirect', 'port']);
      if (has(redirect, 'scheme')) add(F.redirectScheme, ['requestRedirect', 'scheme']);
      if (has(redirect, 'path')) add(F.redirectPath, ['requestRedirect', 'path']);
      const status = ownField(redirect, 'statusCode');
      if (status === 303 || status === 307 || status === 308) {
        const feature = ext(
          `Redirect status code ${status}`,
          `HTTPRoute${status}RedirectStatusCode`,
        );
        add(feature, ['requestRedirect', 'statusCode']);
      }
    }
  });
}

function httpMatchUses(match: unknown, at: FieldPath, out: Uses): void {
  if (ownField(ownField(match, 'path'), 'type') === 'RegularExpression')
    out.push({ feature: F.regexPath, path: [...at, 'path', 'type'] });
  items(match, 'headers').forEach((header, k) => {
    if (ownField(header, 'type') === 'RegularExpression')
      out.push({ feature: F.regexHeader, path: [...at, 'headers', k, 'type'] });
  });
  const query = items(match, 'queryParams');
  if (query.length > 0) out.push({ feature: F.query, path: [...at, 'queryParams'] });
  query.forEach((param, k) => {
    if (ownField(param, 'type') === 'RegularExpression')
      out.push({ feature: F.regexQuery, path: [...at, 'queryParams', k, 'type'] });
  });
  if (has(match, 'method')) out.push({ feature: F.method, path: [...at, 'method'] });
}

function httpRouteUses(spec: unknown, out: Uses): void {
  items(spec, 'parentRefs').forEach((ref, i) => {
    if (ownField(ref, 'kind') !== 'Service' && has(ref, 'port'))
      out.push({ feature: F.parentPort, path: ['spec', 'parentRefs', i, 'port'] });
  });
  items(spec, 'rules').forEach((rule, r) => {
    const at: FieldPath = ['spec', 'rules', r];
    if (has(rule, 'name')) out.push({ feature: F.namedRule, path: [...at, 'name'] });
    items(rule, 'matches').forEach((match, m) => httpMatchUses(match, [...at, 'matches', m], out));
    httpFilterUses(items(rule, 'filters'), [...at, 'filters'], false, out);
    items(rule, 'backendRefs').forEach((ref, b) =>
      httpFilterUses(items(ref, 'filters'), [...at, 'backendRefs', b, 'filters'], true, out),
    );
    const timeouts = ownField(rule, 'timeouts');
    if (has(timeouts, 'request'))
      out.push({ feature: F.requestTimeout, path: [...at, 'timeouts', 'request'] });
    if (has(timeouts, 'backendRequest'))
      out.push({ feature: F.backendTimeout, path: [...at, 'timeouts', 'backendRequest'] });
    if (has(rule, 'retry')) out.push({ feature: F.retry, path: [...at, 'retry'] });
    if (has(rule, 'sessionPersistence'))
      out.push({ feature: F.session, path: [...at, 'sessionPersistence'] });
  });
}

function grpcRouteUses(spec: unknown, out: Uses): void {
  items(spec, 'rules').forEach((rule, r) => {
    const at: FieldPath = ['spec', 'rules', r];
    if (has(rule, 'name')) out.push({ feature: F.grpcNamedRule, path: [...at, 'name'] });
    items(rule, 'matches').forEach((match, m) => {
      const method = ownField(match, 'method');
      const where: FieldPath = [...at, 'matches', m, 'method'];
      if (ownField(method, 'type') === 'RegularExpression')
        out.push({ feature: F.grpcRegex, path: [...where, 'type'] });
      else if (has(method, 'method') && !has(method, 'service'))
        out.push({ feature: F.grpcMethodOnly, path: where });
      items(match, 'headers').forEach((header, k) => {
        if (ownField(header, 'type') === 'RegularExpression')
          out.push({ feature: F.regexHeader, path: [...at, 'matches', m, 'headers', k, 'type'] });
      });
    });
    items(rule, 'filters').forEach((filter, f) => {
      if (ownField(filter, 'type') !== 'RequestHeaderModifier')
        out.push({ feature: F.grpcFilter, path: [...at, 'filters', f, 'type'] });
    });
    if (has(rule, 'sessionPersistence'))
      out.push({ feature: F.session, path: [...at, 'sessionPersistence'] });
  });
}

function gatewayUses(spec: unknown, out: Uses): void {
  if (items(spec, 'addresses').length > 0)
    out.push({ feature: F.staticAddresses, path: ['spec', 'addresses'] });
  if (has(spec, 'infrastructure'))
    out.push({ feature: F.infrastructure, path: ['spec', 'infrastructure'] });
  const tls = ownField(spec, 'tls');
  if (has(tls, 'frontend'))
    out.push({ feature: F.frontendValidation, path: ['spec', 'tls', 'frontend'] });
  if (has(tls, 'backend'))
    out.push({ feature: F.backendClientCertificate, path: ['spec', 'tls', 'backend'] });
  items(spec, 'listeners').forEach((listener, i) => {
    const mode = ownField(ownField(listener, 'tls'), 'mode');
    if (ownField(listener, 'protocol') === 'TLS' && mode === 'Terminate')
      out.push({ feature: F.tlsTerminate, path: ['spec', 'listeners', i, 'tls', 'mode'] });
  });
}

/**
 * The optional features a resource uses, in document order.
 *
 * @param kind - The resource's kind.
 * @param raw - Its data as written.
 * @returns Each use with the field that makes it.
 */
export function featureUses(kind: string, raw: unknown): FeatureUse[] {
  const out: Uses = [];
  const kindFeature = Object.hasOwn(kindFeatures, kind) ? kindFeatures[kind] : undefined;
  if (kindFeature) out.push({ feature: kindFeature, path: ['kind'] });
  const spec = ownField(raw, 'spec');
  if (kind === 'HTTPRoute') httpRouteUses(spec, out);
  else if (kind === 'GRPCRoute') grpcRouteUses(spec, out);
  else if (kind === 'Gateway') gatewayUses(spec, out);
  else if (kind === 'ListenerSet') gatewayUses({ listeners: items(spec, 'listeners') }, out);
  return out;
}
