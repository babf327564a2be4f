import { type SimRequest, splitHostPort } from './request.ts';

/** A gRPC call's service and method, read from the path `/<service>/<method>`. */
export interface GrpcCall {
  readonly service: string;
  readonly method: string;
}

/**
 * A request read once for matching: the Host without its port, the path without its query, and
 * header and query lookups that are built only when a match needs them (most requests are
 * decided by host and path alone).
 */
export class RequestView {
  readonly request: SimRequest;
  readonly method: string;
  /** The Host header as sent (the URL authority unless a `Host` header is given). */
  readonly hostHeader: string;
  /** The Host for hostname matching: lower case, without `:port` (A2) or a trailing dot. */
  readonly host: string;
  /** The path without the query string. */
  readonly path: string;
  /** The query string without `?` (empty when there is none). */
  readonly query: string;
  private headerMap: Map<string, string> | undefined;
  private queryMap: Map<string, string> | undefined;
  private grpcCall: GrpcCall | null | undefined;

  constructor(request: SimRequest) {
    this.request = request;
    this.method = request.method;
    const question = request.path.indexOf('?');
    this.path = question < 0 ? request.path : request.path.slice(0, question);
    this.query = question < 0 ? '' : request.path.slice(question + 1);
    let hostHeader: string | undefined;
    for (const header of request.headers) {
      if (sameName(header.name, 'host')) {
        hostHeader = header.value;
        break;
      }
    }
    this.hostHeader = hostHeader ?? defaultAuthority(request);
    this.host = matchHost(this.hostHeader);
  }

  /**
   * A request header's value. Header names are case-insensitive (A10). A header sent several
   * times reads as one comma-separated value, as RFC 9110 section 5.3 allows to combine them;
   * the spec leaves repeated headers to implementations.
   *
   * @param lowerName - The header name in lower case.
   */
  header(lowerName: string): string | undefined {
    const { headers } = this.request;
    if (headers.length === 0) return undefined;
    // A few headers are searched in place; many are indexed once.
    if (headers.length <= 8) {
      let found: string | undefined;
      for (const { name, value } of headers) {
        if (sameName(name, lowerName)) found = found === undefined ? value : `${found},${value}`;
      }
      return found;
    }
    let map = this.headerMap;
    if (!map) {
      map = new Map();
      for (const { name, value } of headers) {
        const key = name.toLowerCase();
        const previous = map.get(key);
        map.set(key, previous === undefined ? value : `${previous},${value}`);
      }
      this.headerMap = map;
    }
    return map.get(lowerName);
  }

  /**
   * A query parameter's value (names are case-sensitive, A11). With a repeated parameter the
   * first value counts, as A11 recommends.
   *
   * @param name - The parameter name.
   */
  queryParam(name: string): string | undefined {
    const { query } = this;
    if (query === '') return undefined;
    // Without escapes the query can be searched in place; with them, names are decoded first.
    if (!query.includes('%')) return findParam(query, name);
    let map = this.queryMap;
    if (!map) {
      map = new Map();
      for (const pair of query.split('&')) {
        if (pair === '') continue;
        const equals = pair.indexOf('=');
        const key = decode(equals < 0 ? pair : pair.slice(0, equals));
        if (!map.has(key)) map.set(key, equals < 0 ? '' : decode(pair.slice(equals + 1)));
      }
      this.queryMap = map;
    }
    return map.get(name);
  }

  /** The gRPC call when the request is one (`content-type: application/grpc…`), else null. */
  get grpc(): GrpcCall | null {
    if (this.grpcCall === undefined) this.grpcCall = readGrpcCall(this);
    return this.grpcCall;
  }
}

function defaultAuthority(request: SimRequest): string {
  const defaultPort = request.scheme === 'https' ? 443 : 80;
  return request.port === defaultPort ? request.host : `${request.host}:${request.port}`;
}

/**
 * The host part of a Host header for matching: lower case, port and trailing dot removed.
 *
 * @param hostHeader - A Host header value.
 */
export function matchHost(hostHeader: string): string {
  if (isPlainHost(hostHeader)) return hostHeader;
  const split = splitHostPort(hostHeader.trim());
  const host = (split ? split.host : hostHeader).toLowerCase();
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** Whether a header name equals a lower-case name, ignoring ASCII case, without building strings. */
function sameName(name: string, lowerName: string): boolean {
  if (name.length !== lowerName.length) return false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const folded = code >= 65 && code <= 90 ? code + 32 : code;
    if (folded !== lowerName.charCodeAt(i)) return false;
  }
  return true;
}

/** No upper case, port (`:`), white space or trailing dot. */
const plainHost = /^[^A-Z:\s]*[^A-Z:\s.]$/;

/** A lower-case name without port, trailing dot or spaces: the common case, which needs no work. */
function isPlainHost(host: string): boolean {
  return plainHost.test(host);
}

/** The first value of a parameter in a query without escapes (`a=1&b&a=2`: a → 1, b → ""). */
function findParam(query: string, name: string): string | undefined {
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    const after = start + name.length;
    if (after <= end && query.startsWith(name, start)) {
      if (after === end) return '';
      if (query.charCodeAt(after) === 61) return query.slice(after + 1, end);
    }
    start = end + 1;
  }
  return undefined;
}

function decode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    // A malformed escape is matched as written, as a proxy that cannot decode it would.
    return text;
  }
}

const grpcContentType = /^\s*application\/grpc(\+[^;\s]*)?\s*(;|$)/i;

function readGrpcCall(view: RequestView): GrpcCall | null {
  // Most requests are not gRPC; decide without building the header map or new strings.
  let grpc = false;
  for (const header of view.request.headers) {
    if (sameName(header.name, 'content-type')) {
      grpc = grpcContentType.test(header.value);
      break;
    }
  }
  if (!grpc) return null;
  const parts = view.path.split('/');
  // A gRPC path is exactly `/<service>/<method>`; anything else names no method.
  if (parts.length !== 3 || parts[0] !== '') return { service: '', method: '' };
  return { service: parts[1] ?? '', method: parts[2] ?? '' };
}
