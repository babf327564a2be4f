import {
  type HeaderField,
  type RequestEntry,
  type SimRequest,
  parseHeaderLine,
  parseRequestLine,
} from '../../core/index.ts';

/** The request composer's fields, as the person typed them. */
export interface RequestDraft {
  /** The method used when `line` does not start with one. */
  readonly method: string;
  /** The field named `Request`: a URL, or a method and a URL (`GET http://www.example.com/app`). */
  readonly line: string;
  /** Request headers, one `Name: value` per line. */
  readonly headers: string;
  /** A gRPC service (`pkg.Service`); when set, the request is a gRPC call to it. */
  readonly grpcService: string;
  readonly grpcMethod: string;
  readonly entry: RequestEntry;
}

/** Why a draft is not a request: a message key of the simulator and its detail. */
export interface DraftProblem {
  readonly key: 'simulator.problem.request' | 'simulator.problem.header';
  /** The core's explanation (English), or the offending text. */
  readonly detail: string;
}

/** A composed request, or what is wrong with the draft. */
export type ComposedRequest =
  | { readonly ok: true; readonly request: SimRequest }
  | { readonly ok: false; readonly problem: DraftProblem };

/** The methods the composer offers (others may be typed in the `Request` field). */
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

const GRPC_CONTENT_TYPE = 'application/grpc';
const methodPrefix = /^\s*([A-Za-z]+)\s+(\S.*)$/;

/**
 * The method typed at the start of the `Request` field, if any (`POST http://…` → `POST`).
 *
 * @param line - The field's text.
 * @returns The method in upper case, or null when the field holds only a URL.
 */
export function typedMethod(line: string): string | null {
  const match = methodPrefix.exec(line);
  if (!match?.[1] || !match[2] || /^[a-z][a-z0-9+.-]*:\/\//i.test(line.trim())) return null;
  return match[1].toUpperCase();
}

/**
 * Replaces (or sets) the method of the request: in the `Request` field when one is typed there,
 * else in the method chooser.
 *
 * @param draft - The draft.
 * @param method - The new method.
 * @returns The changed draft.
 */
export function withMethod(draft: RequestDraft, method: string): RequestDraft {
  const typed = typedMethod(draft.line);
  if (typed === null) return { ...draft, method };
  return { ...draft, method, line: draft.line.replace(/^\s*[A-Za-z]+/, method) };
}

/**
 * Reads header lines (`Name: value`, one per line; blank lines are skipped).
 *
 * @param text - The headers field.
 * @returns The headers, or the first line that is not a header.
 */
export function parseHeaders(
  text: string,
):
  | { readonly ok: true; readonly headers: readonly HeaderField[] }
  | { readonly ok: false; readonly problem: DraftProblem } {
  const headers: HeaderField[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const parsed = parseHeaderLine(line);
    if (!parsed.ok)
      return { ok: false, problem: { key: 'simulator.problem.header', detail: parsed.error } };
    headers.push(parsed.header);
  }
  return { ok: true, headers };
}

/**
 * Turns the composer's fields into a request. A gRPC service makes the request a gRPC call:
 * `POST /<service>/<method>` with `content-type: application/grpc` unless a content type is given
 * (contract.md 1.2: a request whose content type is `application/grpc` is a gRPC call).
 *
 * @param draft - The composer's fields.
 * @returns The request, or what is wrong.
 */
export function composeRequest(draft: RequestDraft): ComposedRequest {
  const parsedHeaders = parseHeaders(draft.headers);
  if (!parsedHeaders.ok) return parsedHeaders;
  const grpc = draft.grpcService.trim() !== '';
  const line =
    typedMethod(draft.line) === null
      ? `${grpc ? 'POST' : draft.method} ${draft.line.trim()}`
      : draft.line;
  const headers = [...parsedHeaders.headers];
  if (grpc && !headers.some((header) => header.name.toLowerCase() === 'content-type')) {
    headers.push({ name: 'content-type', value: GRPC_CONTENT_TYPE });
  }
  const parsed = parseRequestLine(line, headers, draft.entry);
  if (!parsed.ok)
    return { ok: false, problem: { key: 'simulator.problem.request', detail: parsed.error } };
  if (!grpc) return parsed;
  const path = `/${draft.grpcService.trim()}/${draft.grpcMethod.trim()}`;
  return { ok: true, request: { ...parsed.request, path } };
}

/**
 * Splits a gRPC request line of the examples (`POST http://svc:7070/pkg.Service/Method` with a
 * gRPC content type) into the composer's fields: the URL without the path, the service and the
 * method. Other requests are returned as they are.
 *
 * @param line - A request line.
 * @param headers - Its headers.
 * @returns The `Request` field and the gRPC fields.
 */
export function splitGrpcLine(
  line: string,
  headers: readonly HeaderField[],
): { readonly line: string; readonly grpcService: string; readonly grpcMethod: string } {
  const isGrpc = headers.some(
    (header) =>
      header.name.toLowerCase() === 'content-type' &&
      header.value.toLowerCase().startsWith(GRPC_CONTENT_TYPE),
  );
  const match = /^(\s*[A-Za-z]+\s+[a-z]+:\/\/[^/?#\s]+)\/([^/?#\s]+)\/([^/?#\s]+)$/i.exec(line);
  if (!isGrpc || !match?.[1] || !match[2] || !match[3]) {
    return { line, grpcService: '', grpcMethod: '' };
  }
  return { line: `${match[1]}/`, grpcService: match[2], grpcMethod: match[3] };
}

/**
 * Writes headers back as the headers field shows them.
 *
 * @param headers - Headers.
 */
export function formatHeaders(headers: readonly HeaderField[]): string {
  return headers.map((header) => `${header.name}: ${header.value}`).join('\n');
}
