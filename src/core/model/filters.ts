import {
  type BackendObjectReference,
  type LocalObjectReference,
  backendObjectReferenceShape,
  localObjectReferenceShape,
} from './references.ts';
import {
  type Shape,
  arrayOf,
  bool,
  int,
  obj,
  oneOf,
  oneOfNumbers,
  opt,
  req,
  str,
} from './shape.ts';

/**
 * A header name and value, as used by header modifiers.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httpheader
 */
export interface HTTPHeader {
  readonly name: string;
  readonly value: string;
}

const httpHeaderShape: Shape<HTTPHeader> = obj({ name: req(str, ''), value: req(str, '') });

/**
 * Sets, adds and removes request or response headers.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httpheaderfilter
 */
export interface HTTPHeaderFilter {
  readonly set?: readonly HTTPHeader[];
  readonly add?: readonly HTTPHeader[];
  readonly remove?: readonly string[];
}

const httpHeaderFilterShape: Shape<HTTPHeaderFilter> = obj({
  set: opt(arrayOf(httpHeaderShape)),
  add: opt(arrayOf(httpHeaderShape)),
  remove: opt(arrayOf(str)),
});

/**
 * How a redirect or rewrite changes the path.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httppathmodifier
 */
export interface HTTPPathModifier {
  readonly type: 'ReplaceFullPath' | 'ReplacePrefixMatch';
  readonly replaceFullPath?: string;
  readonly replacePrefixMatch?: string;
}

const httpPathModifierShape: Shape<HTTPPathModifier> = obj({
  type: req(oneOf('ReplaceFullPath', 'ReplacePrefixMatch'), 'ReplaceFullPath'),
  replaceFullPath: opt(str),
  replacePrefixMatch: opt(str),
});

/**
 * Answers with a redirect instead of forwarding (default status 302).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httprequestredirectfilter
 */
export interface HTTPRequestRedirectFilter {
  readonly scheme?: 'http' | 'https';
  readonly hostname?: string;
  readonly path?: HTTPPathModifier;
  readonly port?: number;
  readonly statusCode?: 301 | 302 | 303 | 307 | 308;
}

const httpRequestRedirectShape: Shape<HTTPRequestRedirectFilter> = obj({
  scheme: opt(oneOf('http', 'https')),
  hostname: opt(str),
  path: opt(httpPathModifierShape),
  port: opt(int),
  statusCode: opt(oneOfNumbers(301, 302, 303, 307, 308)),
});

/**
 * Rewrites the host and path before forwarding.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httpurlrewritefilter
 */
export interface HTTPURLRewriteFilter {
  readonly hostname?: string;
  readonly path?: HTTPPathModifier;
}

const httpURLRewriteShape: Shape<HTTPURLRewriteFilter> = obj({
  hostname: opt(str),
  path: opt(httpPathModifierShape),
});

/**
 * A fraction of requests (numerator / denominator, denominator defaults to 100).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#fraction
 */
export interface Fraction {
  readonly numerator: number;
  readonly denominator?: number;
}

/**
 * Sends a copy of the request to another backend; its response is ignored.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httprequestmirrorfilter
 */
export interface HTTPRequestMirrorFilter {
  readonly backendRef: BackendObjectReference;
  readonly percent?: number;
  readonly fraction?: Fraction;
}

const httpRequestMirrorShape: Shape<HTTPRequestMirrorFilter> = obj({
  backendRef: req(backendObjectReferenceShape, { name: '' }),
  percent: opt(int),
  fraction: opt(obj({ numerator: req(int, 0), denominator: opt(int) })),
});

/**
 * Cross-origin resource sharing: answers preflight requests and adds CORS headers.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httpcorsfilter
 */
export interface HTTPCORSFilter {
  readonly allowOrigins?: readonly string[];
  readonly allowCredentials?: boolean;
  readonly allowMethods?: readonly string[];
  readonly allowHeaders?: readonly string[];
  readonly exposeHeaders?: readonly string[];
  readonly maxAge?: number;
}

const httpCORSShape: Shape<HTTPCORSFilter> = obj({
  allowOrigins: opt(arrayOf(str)),
  allowCredentials: opt(bool),
  allowMethods: opt(arrayOf(str)),
  allowHeaders: opt(arrayOf(str)),
  exposeHeaders: opt(arrayOf(str)),
  maxAge: opt(int),
});

/** The filter types of HTTPRoute (ExternalAuth is experimental). */
export type HTTPRouteFilterType =
  | 'RequestHeaderModifier'
  | 'ResponseHeaderModifier'
  | 'RequestMirror'
  | 'RequestRedirect'
  | 'URLRewrite'
  | 'ExtensionRef'
  | 'CORS'
  | 'ExternalAuth';

/**
 * A processing step of an HTTPRoute rule or backendRef; `type` names the field that is set.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httproutefilter
 */
export interface HTTPRouteFilter {
  readonly type: HTTPRouteFilterType;
  readonly requestHeaderModifier?: HTTPHeaderFilter;
  readonly responseHeaderModifier?: HTTPHeaderFilter;
  readonly requestMirror?: HTTPRequestMirrorFilter;
  readonly requestRedirect?: HTTPRequestRedirectFilter;
  readonly urlRewrite?: HTTPURLRewriteFilter;
  readonly cors?: HTTPCORSFilter;
  readonly extensionRef?: LocalObjectReference;
}

export const httpRouteFilterShape: Shape<HTTPRouteFilter> = obj({
  type: req(
    oneOf(
      'RequestHeaderModifier',
      'ResponseHeaderModifier',
      'RequestMirror',
      'RequestRedirect',
      'URLRewrite',
      'ExtensionRef',
      'CORS',
      'ExternalAuth',
    ),
    'ExtensionRef',
  ),
  requestHeaderModifier: opt(httpHeaderFilterShape),
  responseHeaderModifier: opt(httpHeaderFilterShape),
  requestMirror: opt(httpRequestMirrorShape),
  requestRedirect: opt(httpRequestRedirectShape),
  urlRewrite: opt(httpURLRewriteShape),
  cors: opt(httpCORSShape),
  extensionRef: opt(localObjectReferenceShape),
});

/**
 * A processing step of a GRPCRoute rule or backendRef.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#grpcroutefilter
 */
export interface GRPCRouteFilter {
  readonly type:
    'RequestHeaderModifier' | 'ResponseHeaderModifier' | 'RequestMirror' | 'ExtensionRef';
  readonly requestHeaderModifier?: HTTPHeaderFilter;
  readonly responseHeaderModifier?: HTTPHeaderFilter;
  readonly requestMirror?: HTTPRequestMirrorFilter;
  readonly extensionRef?: LocalObjectReference;
}

export const grpcRouteFilterShape: Shape<GRPCRouteFilter> = obj({
  type: req(
    oneOf('RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestMirror', 'ExtensionRef'),
    'ExtensionRef',
  ),
  requestHeaderModifier: opt(httpHeaderFilterShape),
  responseHeaderModifier: opt(httpHeaderFilterShape),
  requestMirror: opt(httpRequestMirrorShape),
  extensionRef: opt(localObjectReferenceShape),
});
