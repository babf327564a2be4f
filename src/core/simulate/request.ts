/** A header of a simulated request, as the client sends it (any case). */
export interface HeaderField {
  readonly name: string;
  readonly value: string;
}

/**
 * Where a simulated request enters: through a Gateway (north-south), or from a workload in a
 * namespace calling a Service (east-west, GAMMA).
 */
export type RequestEntry =
  | { readonly kind: 'gateway'; readonly namespace: string; readonly name: string }
  | { readonly kind: 'mesh'; readonly from: string };

/**
 * A request to simulate. The URL's host is the destination: the name the client connects to
 * (the TLS server name for https, or the Service for a mesh call). The Host header is the URL's
 * authority unless `headers` has a `Host` entry.
 */
export interface SimRequest {
  /** An HTTP method in upper case (`GET`). */
  readonly method: string;
  readonly scheme: 'http' | 'https';
  /** The URL's host, without port. */
  readonly host: string;
  /** The destination port: it picks the Gateway listener or the Service port. */
  readonly port: number;
  /** The path with its query string, e.g. `/app?x=1`. */
  readonly path: string;
  readonly headers: readonly HeaderField[];
  readonly entry: RequestEntry;
  /**
   * Headers the simulated backend answers with (default none), to see what response filters do
   * to them.
   */
  readonly backendResponseHeaders?: readonly HeaderField[];
}

/** The result of reading a request from text: the request, or what is wrong with the text. */
export type ParsedRequest =
  | { readonly ok: true; readonly request: SimRequest }
  | { readonly ok: false; readonly error: string };

const methodPattern = /^[A-Za-z]+$/;
const headerNamePattern = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/;
const hostPattern = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([-A-Za-z0-9._~]*[A-Za-z0-9])?)$/;

/**
 * Reads a request line such as `GET http://www.example.com/app?x=1`.
 *
 * @param text - The method, a space, and an absolute http or https URL.
 * @param headers - Request headers.
 * @param entry - Where the request enters.
 * @returns The request, or an error message that says what is wrong.
 * @example
 * parseRequestLine('GET http://web.example.com/', [], { kind: 'gateway', namespace: 'infra', name: 'edge' })
 */
export function parseRequestLine(
  text: string,
  headers: readonly HeaderField[],
  entry: RequestEntry,
): ParsedRequest {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    return { ok: false, error: `expected "<METHOD> <URL>", e.g. "GET http://www.example.com/"` };
  }
  const [method, url] = parts;
  if (!methodPattern.test(method)) return { ok: false, error: `"${method}" is not an HTTP method` };
  const parsed = parseUrl(url);
  if (!parsed.ok) return parsed;
  return { ok: true, request: { ...parsed.url, method: method.toUpperCase(), headers, entry } };
}

interface ParsedUrl {
  readonly scheme: 'http' | 'https';
  readonly host: string;
  readonly port: number;
  readonly path: string;
}

function parseUrl(
  url: string,
): { readonly ok: true; readonly url: ParsedUrl } | { readonly ok: false; readonly error: string } {
  const schemeMatch = /^(https?):\/\//i.exec(url);
  if (!schemeMatch?.[1])
    return { ok: false, error: `"${url}" must start with http:// or https://` };
  const scheme = schemeMatch[1].toLowerCase() === 'https' ? 'https' : 'http';
  const rest = url.slice(schemeMatch[0].length);
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  let target = end < 0 ? '/' : rest.slice(end);
  const hash = target.indexOf('#');
  if (hash >= 0) target = target.slice(0, hash);
  if (target.startsWith('?')) target = `/${target}`;
  if (authority.includes('@')) return { ok: false, error: `"${url}": user info is not supported` };
  const split = splitHostPort(authority);
  if (!split || !hostPattern.test(split.host)) {
    return { ok: false, error: `"${url}" has no valid host` };
  }
  const port = split.port ?? (scheme === 'https' ? 443 : 80);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return { ok: false, error: `"${url}": the port must be from 1 to 65535` };
  }
  return { ok: true, url: { scheme, host: split.host.toLowerCase(), port, path: target } };
}

/**
 * Splits `host:port` (or `[v6]:port`); undefined port when there is none.
 *
 * @param authority - A URL authority or Host header value.
 * @returns The host and port, or null when the port is not a number.
 */
export function splitHostPort(
  authority: string,
): { readonly host: string; readonly port: number | undefined } | null {
  const colon = authority.lastIndexOf(':');
  if (colon < 0 || authority.endsWith(']')) return { host: authority, port: undefined };
  const portText = authority.slice(colon + 1);
  if (!/^[0-9]{1,5}$/.test(portText)) return null;
  return { host: authority.slice(0, colon), port: Number(portText) };
}

/**
 * Reads a header written as `Name: value`.
 *
 * @param text - The header line.
 * @returns The header, or an error message.
 */
export function parseHeaderLine(
  text: string,
):
  | { readonly ok: true; readonly header: HeaderField }
  | { readonly ok: false; readonly error: string } {
  const colon = text.indexOf(':');
  if (colon <= 0) return { ok: false, error: `"${text}" is not a header: expected "Name: value"` };
  const name = text.slice(0, colon).trim();
  if (!headerNamePattern.test(name)) {
    return { ok: false, error: `"${name}" is not a valid header name` };
  }
  return { ok: true, header: { name, value: text.slice(colon + 1).trim() } };
}

/**
 * Writes a request back as a request line (`GET http://host/path`), as a person types it.
 *
 * @param request - The request.
 * @returns The method and URL.
 */
export function formatRequestLine(request: SimRequest): string {
  const defaultPort = request.scheme === 'https' ? 443 : 80;
  const port = request.port === defaultPort ? '' : `:${request.port}`;
  return `${request.method} ${request.scheme}://${request.host}${port}${request.path}`;
}
