import type { HTTPHeaderFilter } from '../../model/filters.ts';
import type { ResourceId } from '../../model/identity.ts';
import type { ExplainStep, RedirectResult } from '../decision.ts';
import type { RequestView } from '../requestView.ts';
import type { CompiledMirror } from './compiledFilter.ts';
import { modifyHeaders } from './headerModifier.ts';

/**
 * The request on its way through a rule's filters, and what the gateway will answer with. Filters
 * change it in the order they are written (semantics.md (d): filters SHOULD run in order).
 */
export interface ForwardState {
  method: string;
  scheme: 'http' | 'https';
  /** The path without query. */
  path: string;
  /** The query string without `?`. */
  query: string;
  /** Request headers by lower-case name; `host` is the Host header. */
  readonly headers: Map<string, string>;
  /**
   * Changes to the response, in order: ResponseHeaderModifier filters and CORS headers. They
   * apply to the backend's response, or to the gateway's own answer.
   */
  readonly responseEdits: ResponseEdit[];
  /** Set by RequestRedirect: the gateway answers with it and forwards nothing. */
  redirect: RedirectResult | null;
  /** Set when the gateway answers by itself (a CORS preflight, a broken ExtensionRef). */
  answer: number | null;
  /** RequestMirror filters that apply. */
  readonly mirrors: CompiledMirror[];
  readonly steps: ExplainStep[];
}

/** A change to the response headers. */
export type ResponseEdit =
  | { readonly kind: 'modify'; readonly filter: HTTPHeaderFilter }
  | { readonly kind: 'set'; readonly name: string; readonly value: string };

/** What filters need besides the request: the route, the matched prefix, the entry port. */
export interface FilterEnvironment {
  readonly route: ResourceId;
  /** The PathPrefix value that matched, for `ReplacePrefixMatch`; undefined for other matches. */
  readonly matchedPrefix: string | undefined;
  /** The listener port (north-south) or Service port (mesh) the request came in on. */
  readonly entryPort: number;
  /** The request as the client sent it (CORS reads the browser's headers). */
  readonly request: RequestView;
}

/**
 * The state before any filter: the client's request.
 *
 * @param view - The request.
 */
export function initialState(view: RequestView): ForwardState {
  const headers = new Map<string, string>();
  for (const { name, value } of view.request.headers) {
    const key = name.toLowerCase();
    const previous = headers.get(key);
    headers.set(key, previous === undefined ? value : `${previous},${value}`);
  }
  headers.set('host', view.hostHeader);
  return {
    method: view.method,
    scheme: view.request.scheme,
    path: view.path,
    query: view.query,
    headers,
    responseEdits: [],
    redirect: null,
    answer: null,
    mirrors: [],
    steps: [],
  };
}

/**
 * A copy of a state, for applying one backend's own filters (C7).
 *
 * @param state - The state after the rule's filters.
 */
export function cloneState(state: ForwardState): ForwardState {
  return {
    ...state,
    headers: new Map(state.headers),
    responseEdits: [...state.responseEdits],
    mirrors: [...state.mirrors],
    steps: [...state.steps],
  };
}

/**
 * Whether the gateway answers by itself instead of forwarding.
 *
 * @param state - A state.
 */
export function isAnswered(state: ForwardState): boolean {
  return state.redirect !== null || state.answer !== null;
}

/**
 * The response headers the client sees: the response's own headers (the simulated backend's, or
 * none for an answer of the gateway) with the response edits applied.
 *
 * @param state - The state after filters.
 * @param base - The headers of the response before the edits.
 * @returns Headers by lower-case name.
 */
export function responseHeaders(
  state: ForwardState,
  base: readonly { readonly name: string; readonly value: string }[],
): Map<string, string> {
  const headers = new Map<string, string>();
  for (const { name, value } of base) {
    const key = name.toLowerCase();
    const previous = headers.get(key);
    headers.set(key, previous === undefined ? value : `${previous},${value}`);
  }
  for (const edit of state.responseEdits) {
    if (edit.kind === 'set') headers.set(edit.name, edit.value);
    else modifyHeaders(headers, edit.filter);
  }
  return headers;
}
