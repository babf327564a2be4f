import type { CompiledGrpcMatch, CompiledHttpMatch } from './compiledRoute.ts';
import { compareGrpcMatches, compareHttpMatches } from './precedence.ts';
import type { RequestView } from './requestView.ts';
import { conditionsHold, grpcMatchHolds } from './conditions.ts';
import {
  type PrefixNode,
  compress,
  createPrefixTrie,
  deepestPrefix,
  prefixNode,
} from './prefixTrie.ts';

/**
 * The HTTP matches that compete for one hostname on one parent, indexed so a request looks at
 * few of them: exact paths by value, prefixes by their element-wise form, and regular
 * expressions in a list. Each bucket is sorted by precedence, and the buckets are searched in
 * precedence order (Exact, RegularExpression, then prefixes longest first), so the first match
 * that holds is the winner (A4–A6).
 */
export interface HttpIndex {
  readonly exact: ReadonlyMap<string, readonly CompiledHttpMatch[]>;
  readonly regex: readonly CompiledHttpMatch[];
  /** PathPrefix matches in a trie of path elements; a node holds the prefixes ending there. */
  readonly prefix: PrefixNode;
  /** Every match, usable or not, in precedence order (for explanations and review). */
  readonly all: readonly CompiledHttpMatch[];
}

/** The GRPCRoute matches that compete for one hostname on one parent, in precedence order (G1). */
export interface GrpcIndex {
  readonly all: readonly CompiledGrpcMatch[];
}

/**
 * Builds the index of a set of HTTP matches.
 *
 * @param matches - The matches, in any order.
 */
export function buildHttpIndex(matches: readonly CompiledHttpMatch[]): HttpIndex {
  const all = [...matches].sort(compareHttpMatches);
  const exact = new Map<string, CompiledHttpMatch[]>();
  const prefix = createPrefixTrie();
  const regex: CompiledHttpMatch[] = [];
  // `all` is sorted, so pushing in its order keeps every bucket sorted.
  for (const match of all) {
    if (!match.usable) continue;
    switch (match.pathMatch.type) {
      case 'Exact':
        push(exact, match.pathMatch.key, match);
        break;
      case 'PathPrefix': {
        const node = prefixNode(prefix, match.pathMatch.key);
        if (node.matches) node.matches.push(match);
        else node.matches = [match];
        break;
      }
      case 'RegularExpression':
        regex.push(match);
        break;
    }
  }
  compress(prefix);
  return { exact, regex, prefix, all };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the index of a set of gRPC matches.
 *
 * @param matches - The matches, in any order.
 */
export function buildGrpcIndex(matches: readonly CompiledGrpcMatch[]): GrpcIndex {
  return { all: [...matches].sort(compareGrpcMatches) };
}

/**
 * The winning HTTP match for a request, or undefined when none matches.
 *
 * @param index - The competing matches.
 * @param view - The request.
 */
export function findHttpMatch(index: HttpIndex, view: RequestView): CompiledHttpMatch | undefined {
  const { path } = view;
  const exact = index.exact.size > 0 ? index.exact.get(path) : undefined;
  if (exact) {
    for (const match of exact) if (!match.conditional || conditionsHold(match, view)) return match;
  }
  for (const match of index.regex) {
    // The pattern's literal start first, then the other conditions, then the automaton.
    const { literal, test } = match.pathMatch;
    if (path.startsWith(literal) && conditionsHold(match, view) && test?.(path) === true)
      return match;
  }
  if (path === '') return searchPrefix(index.prefix, '/', view);
  return path.charCodeAt(0) === 47 ? searchPrefix(index.prefix, path, view) : undefined;
}

/**
 * Searches the prefix trie for a path: down to the deepest prefix the path reaches, then back up
 * through the parents, so longer prefixes are tried first (A4). No recursion, no allocation.
 */
function searchPrefix(
  root: PrefixNode,
  path: string,
  view: RequestView,
): CompiledHttpMatch | undefined {
  for (let at: PrefixNode | undefined = deepestPrefix(root, path); at; at = at.parent) {
    const bucket = at.matches;
    if (bucket) {
      for (const match of bucket)
        if (!match.conditional || conditionsHold(match, view)) return match;
    }
  }
  return undefined;
}

/**
 * The winning gRPC match for a call, or undefined when none matches (G1–G3).
 *
 * @param index - The competing matches.
 * @param view - The request (a gRPC call).
 */
export function findGrpcMatch(index: GrpcIndex, view: RequestView): CompiledGrpcMatch | undefined {
  const call = view.grpc;
  if (!call) return undefined;
  for (const match of index.all) if (grpcMatchHolds(match, view)) return match;
  return undefined;
}
