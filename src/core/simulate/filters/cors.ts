import type { HTTPCORSFilter } from '../../model/filters.ts';
import { splitHostPort } from '../request.ts';
import type { RequestView } from '../requestView.ts';

/** What a CORS filter does with a request (D5). */
export type CorsResult =
  | {
      /** A preflight the gateway answers itself; `status` 204, or 403 for an origin not allowed. */
      readonly kind: 'preflight';
      readonly status: number;
      readonly headers: ReadonlyMap<string, string>;
      readonly allowed: boolean;
    }
  | {
      /** An actual request: forwarded, with CORS headers added to the response when allowed. */
      readonly kind: 'request';
      readonly headers: ReadonlyMap<string, string>;
      readonly allowed: boolean;
    }
  | { readonly kind: 'none' };

interface Origin {
  readonly scheme: string;
  readonly host: string;
  readonly port: number;
}

function readOrigin(text: string): Origin | null {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]+)$/i.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const scheme = match[1].toLowerCase();
  const split = splitHostPort(match[2]);
  if (!split) return null;
  const port = split.port ?? (scheme === 'https' ? 443 : 80);
  return { scheme, host: split.host.toLowerCase(), port };
}

/**
 * Whether an Origin header is allowed: `*` allows all; `scheme://host[:port]` compares scheme,
 * host and port (default 80 for http, 443 for https); a `*` host label is a greedy wildcard over
 * one or more labels (`https://*.bar.com` matches `https://xpto.www.bar.com`).
 *
 * @param origin - The request's Origin header.
 * @param allowOrigins - The filter's `allowOrigins`.
 */
export function originAllowed(origin: string, allowOrigins: readonly string[]): boolean {
  if (allowOrigins.includes('*')) return true;
  const actual = readOrigin(origin);
  if (!actual) return false;
  return allowOrigins.some((pattern) => {
    const allowed = readOrigin(pattern);
    if (!allowed || allowed.scheme !== actual.scheme || allowed.port !== actual.port) return false;
    if (allowed.host.startsWith('*.')) {
      const suffix = allowed.host.slice(1);
      return actual.host.length > suffix.length && actual.host.endsWith(suffix);
    }
    return allowed.host === actual.host;
  });
}

/**
 * Applies a CORS filter (D5). A preflight (`OPTIONS` with `Origin` and
 * `Access-Control-Request-Method`) is answered by the gateway: 204 with the allowed origin,
 * methods, headers, credentials and max age (default 5 s). For an origin that is not allowed the
 * spec permits 200/204 without CORS headers or 403; the simulator answers 403, so the rejection
 * is visible. An actual request is forwarded; an allowed origin gets
 * `Access-Control-Allow-Origin` (and credentials and exposed headers) on the response. With
 * `allowCredentials: true` wildcards are answered by echoing the request, never with `*`.
 *
 * @param cors - The filter.
 * @param view - The request as the browser sent it.
 */
export function applyCors(cors: HTTPCORSFilter, view: RequestView): CorsResult {
  const origin = view.header('origin');
  if (origin === undefined) return { kind: 'none' };
  const allowOrigins = cors.allowOrigins ?? [];
  const allowed = originAllowed(origin, allowOrigins);
  const credentials = cors.allowCredentials === true;
  const headers = new Map<string, string>();
  const requestedMethod = view.header('access-control-request-method');
  const preflight = view.method === 'OPTIONS' && requestedMethod !== undefined;
  if (allowed) {
    const wildcardOrigin = allowOrigins.includes('*') && !credentials;
    headers.set('access-control-allow-origin', wildcardOrigin ? '*' : origin);
    if (credentials) headers.set('access-control-allow-credentials', 'true');
    const expose = cors.exposeHeaders ?? [];
    if (expose.length > 0) headers.set('access-control-expose-headers', expose.join(', '));
  }
  if (!preflight) return { kind: 'request', headers, allowed };
  if (!allowed) return { kind: 'preflight', status: 403, headers, allowed };
  const methods = cors.allowMethods ?? [];
  if (methods.length > 0) {
    const wildcard = methods.includes('*');
    headers.set(
      'access-control-allow-methods',
      wildcard ? (credentials ? requestedMethod : '*') : methods.join(', '),
    );
  }
  const allowHeaders = cors.allowHeaders ?? [];
  const requestedHeaders = view.header('access-control-request-headers');
  if (allowHeaders.includes('*')) {
    const echo = requestedHeaders ?? '';
    if (!credentials) headers.set('access-control-allow-headers', '*');
    else if (echo !== '') headers.set('access-control-allow-headers', echo);
  } else if (allowHeaders.length > 0) {
    headers.set('access-control-allow-headers', allowHeaders.join(', '));
  }
  headers.set('access-control-max-age', String(cors.maxAge ?? 5));
  return { kind: 'preflight', status: 204, headers, allowed };
}
