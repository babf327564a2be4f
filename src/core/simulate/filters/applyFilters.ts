import type { ExplainStep, SpecGap } from '../decision.ts';
import type { CompiledFilter } from './compiledFilter.ts';
import { applyCors } from './cors.ts';
import { type FilterEnvironment, type ForwardState, isAnswered } from './forwardState.ts';
import { modifyHeaders } from './headerModifier.ts';
import { modifyPath, redirectFor } from './redirect.ts';

/** Adds an explanation step about the filter being applied. */
type Note = (kind: ExplainStep['kind'], message: string, gap?: SpecGap) => void;

type FilterOf<T extends CompiledFilter['type']> = Extract<CompiledFilter, { type: T }>;

/**
 * Runs filters in the order written, changing the state in place. A filter that answers the
 * request (RequestRedirect, a CORS preflight, an ExtensionRef that cannot be resolved) stops the
 * ones after it.
 *
 * @param filters - A rule's filters, or a chosen backend's (C7).
 * @param state - The request so far; changed in place.
 * @param env - The route, matched prefix, entry port and original request.
 */
export function applyFilters(
  filters: readonly CompiledFilter[],
  state: ForwardState,
  env: FilterEnvironment,
): void {
  for (const filter of filters) {
    if (isAnswered(state)) return;
    const note: Note = (kind, message, gap) => {
      const refs = [{ resource: env.route, path: filter.path }];
      state.steps.push({ kind, message, refs, ...(gap ? { gap } : {}) });
    };
    applyOne(filter, state, env, note);
  }
}

function applyOne(
  filter: CompiledFilter,
  state: ForwardState,
  env: FilterEnvironment,
  note: Note,
): void {
  switch (filter.type) {
    case 'RequestHeaderModifier':
      note(
        'filter',
        `RequestHeaderModifier: ${describe(modifyHeaders(state.headers, filter.headers))}`,
      );
      return;
    case 'ResponseHeaderModifier':
      // Response edits apply to the response at the end; here they are only described.
      state.responseEdits.push({ kind: 'modify', filter: filter.headers });
      note(
        'filter',
        `ResponseHeaderModifier: ${describe(modifyHeaders(new Map(), filter.headers))}`,
      );
      return;
    case 'RequestRedirect':
      applyRedirect(filter, state, env, note);
      return;
    case 'URLRewrite':
      applyRewrite(filter, state, env, note);
      return;
    case 'RequestMirror':
      applyMirror(filter, state, note);
      return;
    case 'CORS':
      applyCorsFilter(filter, state, env, note);
      return;
    case 'ExtensionRef':
      applyExtension(filter, state, note);
      return;
    case 'ExternalAuth':
      note(
        'gap',
        'ExternalAuth: the authorization service is not simulated; the request is assumed to be allowed',
        'ExtensionNotSimulated',
      );
      return;
  }
}

function applyRedirect(
  filter: FilterOf<'RequestRedirect'>,
  state: ForwardState,
  env: FilterEnvironment,
  note: Note,
): void {
  const host = state.headers.get('host') ?? '';
  const request = { scheme: state.scheme, host, path: state.path, query: state.query };
  state.redirect = redirectFor(filter.redirect, request, env.entryPort, env.matchedPrefix);
  const { status, location } = state.redirect;
  note('redirect', `RequestRedirect answers ${status} with Location ${location}`);
}

function applyRewrite(
  filter: FilterOf<'URLRewrite'>,
  state: ForwardState,
  env: FilterEnvironment,
  note: Note,
): void {
  const { hostname, path } = filter.rewrite;
  if (hostname !== undefined) state.headers.set('host', hostname);
  const rewritten = modifyPath(state.path, path, env.matchedPrefix);
  if (rewritten === null) {
    note(
      'filter',
      'URLRewrite: ReplacePrefixMatch needs the rule to match by one PathPrefix; the path is left unchanged',
    );
  } else state.path = rewritten;
  const parts = [
    ...(hostname !== undefined ? [`host ${hostname}`] : []),
    ...(path && rewritten !== null ? [`path ${rewritten}`] : []),
  ];
  note('filter', `URLRewrite: ${parts.join(', ') || 'no change'}`);
}

function applyMirror(filter: FilterOf<'RequestMirror'>, state: ForwardState, note: Note): void {
  state.mirrors.push(filter.mirror);
  const { backend, numerator, denominator } = filter.mirror;
  const percent = Math.round((Math.min(numerator, denominator) / denominator) * 10_000) / 100;
  note(
    'mirror',
    `RequestMirror: ${percent}% of requests are copied to ${backend.key}; its responses are ignored. ` +
      'The copy carries the request as the filters before the mirror left it (the spec does not say, D4)',
    'MirrorHeaders',
  );
}

function applyCorsFilter(
  filter: FilterOf<'CORS'>,
  state: ForwardState,
  env: FilterEnvironment,
  note: Note,
): void {
  const result = applyCors(filter.cors, env.request);
  if (result.kind === 'none') {
    note('filter', 'CORS: no Origin header, so the filter does nothing');
    return;
  }
  for (const [name, value] of result.headers)
    state.responseEdits.push({ kind: 'set', name, value });
  if (result.kind === 'request') {
    note(
      'filter',
      result.allowed
        ? 'CORS: the origin is allowed; CORS headers are added to the response'
        : 'CORS: the origin is not allowed; no CORS headers are added',
    );
    return;
  }
  state.answer = result.status;
  if (result.allowed)
    note('filter', `CORS: the gateway answers the preflight with ${result.status}`);
  else {
    note(
      'filter',
      `CORS: the origin is not allowed; the gateway answers the preflight with ${result.status} (the spec also allows 200 or 204 without CORS headers)`,
      'CorsPreflightRejected',
    );
  }
}

function applyExtension(filter: FilterOf<'ExtensionRef'>, state: ForwardState, note: Note): void {
  const { group, kind, name } = filter.ref;
  const target = `${kind}${group ? `.${group}` : ''} ${name}`;
  if (!filter.resolved) {
    // D6: an ExtensionRef that cannot be resolved MUST NOT be skipped; the request fails.
    state.answer = 500;
    note('filter', `ExtensionRef ${target} does not exist: the gateway answers 500`);
    return;
  }
  note(
    'gap',
    `ExtensionRef ${target}: its effect is implementation-specific and not simulated`,
    'ExtensionNotSimulated',
  );
}

function describe(changes: readonly string[]): string {
  return changes.length > 0 ? changes.join('; ') : 'no change';
}
