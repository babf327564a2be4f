import type { ExplainStep, SpecGap } from '../decision.ts';
import { type Phrase, type PhraseList, phrase, phraseList, textStep } from '../stepText.ts';
import type { CompiledFilter } from './compiledFilter.ts';
import { applyCors } from './cors.ts';
import { type FilterEnvironment, type ForwardState, isAnswered } from './forwardState.ts';
import { modifyHeaders } from './headerModifier.ts';
import { modifyPath, redirectFor } from './redirect.ts';

/** Adds an explanation step about the filter being applied. */
type Note = (kind: ExplainStep['kind'], sentence: Phrase, gap?: SpecGap) => void;

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
    const note: Note = (kind, sentence, gap) => {
      state.steps.push(textStep(kind, sentence, [{ resource: env.route, path: filter.path }], gap));
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
        phrase('simulate.step.requestHeaderModifier', {
          changes: describe(modifyHeaders(state.headers, filter.headers)),
        }),
      );
      return;
    case 'ResponseHeaderModifier':
      // Response edits apply to the response at the end; here they are only described.
      state.responseEdits.push({ kind: 'modify', filter: filter.headers });
      note(
        'filter',
        phrase('simulate.step.responseHeaderModifier', {
          changes: describe(modifyHeaders(new Map(), filter.headers)),
        }),
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
      note('gap', phrase('simulate.step.externalAuth'), 'ExtensionNotSimulated');
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
  note('redirect', phrase('simulate.step.redirect', { status, location }));
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
    note('filter', phrase('simulate.step.rewriteNoPrefix'));
  } else state.path = rewritten;
  const parts = [
    ...(hostname !== undefined ? [phrase('simulate.part.rewriteHost', { host: hostname })] : []),
    ...(path && rewritten !== null
      ? [phrase('simulate.part.rewritePath', { path: rewritten })]
      : []),
  ];
  note(
    'filter',
    phrase('simulate.step.rewrite', { changes: describe(parts, 'simulate.list.comma') }),
  );
}

function applyMirror(filter: FilterOf<'RequestMirror'>, state: ForwardState, note: Note): void {
  state.mirrors.push(filter.mirror);
  const { backend, numerator, denominator } = filter.mirror;
  const percent = Math.round((Math.min(numerator, denominator) / denominator) * 10_000) / 100;
  note(
    'mirror',
    phrase('simulate.step.mirror', { percent, backend: backend.key }),
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
    note('filter', phrase('simulate.step.corsNoOrigin'));
    return;
  }
  for (const [name, value] of result.headers)
    state.responseEdits.push({ kind: 'set', name, value });
  if (result.kind === 'request') {
    note(
      'filter',
      phrase(result.allowed ? 'simulate.step.corsAllowed' : 'simulate.step.corsNotAllowed'),
    );
    return;
  }
  state.answer = result.status;
  const status = result.status;
  if (result.allowed) note('filter', phrase('simulate.step.corsPreflight', { status }));
  else {
    note(
      'filter',
      phrase('simulate.step.corsPreflightRejected', { status }),
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
    note('filter', phrase('simulate.step.extensionMissing', { target }));
    return;
  }
  note('gap', phrase('simulate.step.extensionNotSimulated', { target }), 'ExtensionNotSimulated');
}

function describe(
  changes: readonly Phrase[],
  separator: PhraseList['separator'] = 'simulate.list.semicolon',
): Phrase | PhraseList {
  return changes.length > 0 ? phraseList(changes, separator) : phrase('simulate.part.noChange');
}
