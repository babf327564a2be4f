/**
 * The peer of `simulate.fullTable1000`: a straightforward router that scans every attached route
 * for each request and applies the same rules as the simulator (listener by port and most
 * specific hostname; route hostname precedence; Exact, RegularExpression, longest PathPrefix,
 * method, header count, query count; then age, name, rule and match order). It reads the same
 * attachment model and caches compiled regular expressions by pattern, as any real router would;
 * what it does not have is the simulator's precompiled, indexed and pre-sorted table.
 */
import { RE2JS } from 're2js';
import {
  type Attachment,
  type HTTPRouteMatch,
  type ResourceEntry,
  type SimRequest,
  hostnameMatches,
} from '../../src/core/index.ts';

interface Candidate {
  readonly route: ResourceEntry;
  readonly rule: number;
  readonly match: number;
  /** Hostname rank, path class, path length, method, header count, query count: higher wins. */
  readonly rank: readonly number[];
  readonly created: number;
}

const regexes = new Map<string, RE2JS | null>();

function regex(pattern: string): RE2JS | null {
  let compiled = regexes.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = RE2JS.compile(pattern);
    } catch {
      compiled = null;
    }
    regexes.set(pattern, compiled);
  }
  return compiled;
}

function specificity(hostname: string | undefined): number {
  if (!hostname) return 0;
  if (!hostname.startsWith('*.')) return 1_000_000;
  return 1 + hostname.split('.').length * 1000 + hostname.length;
}

function hostnameRank(pattern: string): number {
  if (pattern === '') return 0;
  return pattern.startsWith('*.') ? pattern.length : 1000 + pattern.length;
}

function valueMatches(
  type: string | undefined,
  expected: string,
  actual: string | undefined,
): boolean {
  if (actual === undefined) return false;
  return type === 'RegularExpression'
    ? regex(expected)?.testExact(actual) === true
    : actual === expected;
}

function pathMatches(match: HTTPRouteMatch, path: string): boolean {
  const type = match.path?.type ?? 'PathPrefix';
  const value = match.path?.value ?? '/';
  if (type === 'Exact') return path === value;
  if (type === 'RegularExpression') return regex(value)?.testExact(path) === true;
  const prefix = value.endsWith('/') ? value.slice(0, -1) : value;
  return path.startsWith(prefix) && (path.length === prefix.length || path[prefix.length] === '/');
}

function better(a: Candidate, b: Candidate): boolean {
  for (let i = 0; i < a.rank.length; i++) {
    const diff = (a.rank[i] ?? 0) - (b.rank[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  if (a.created !== b.created) return a.created < b.created;
  const left = `${a.route.id.namespace}/${a.route.id.name}`;
  const right = `${b.route.id.namespace}/${b.route.id.name}`;
  if (left !== right) return left < right;
  return a.rule !== b.rule ? a.rule < b.rule : a.match < b.match;
}

/**
 * Routes a north-south HTTP request by scanning every attachment.
 *
 * @param attachment - The attachment model.
 * @param request - The request (entering through a Gateway).
 * @returns The winning route, rule and match, or null.
 */
export function naiveMatch(
  attachment: Attachment,
  request: SimRequest,
): { route: ResourceEntry; rule: number; match: number } | null {
  const entry = request.entry;
  if (entry.kind !== 'gateway') return null;
  const headers = new Map<string, string>();
  for (const { name, value } of request.headers) {
    const key = name.toLowerCase();
    const previous = headers.get(key);
    headers.set(key, previous === undefined ? value : `${previous},${value}`);
  }
  const host = (headers.get('host') ?? request.host).toLowerCase().replace(/:\d+$/, '');
  const [path = '', query = ''] = request.path.split('?', 2);
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    const [name = '', value = ''] = pair.split('=', 2);
    if (name !== '' && !params.has(name)) params.set(name, value);
  }
  const protocol = request.scheme === 'https' ? 'HTTPS' : 'HTTP';
  let listener: Attachment['listeners'][number] | undefined;
  for (const candidate of attachment.listeners) {
    const l = candidate;
    if (l.gateway.namespace !== entry.namespace || l.gateway.name !== entry.name) continue;
    if (l.port !== request.port || l.protocol !== protocol || !l.ready || l.conflicted) continue;
    if (!hostnameMatches(l.hostname ?? '', host)) continue;
    if (!listener || specificity(l.hostname) > specificity(listener.hostname)) listener = l;
  }
  if (!listener) return null;
  let best: Candidate | undefined;
  for (const binding of attachment.listenerAttachments) {
    if (binding.listener !== listener || binding.route.resource?.kind !== 'HTTPRoute') continue;
    const hostnames = binding.effectiveHostnames.length > 0 ? binding.effectiveHostnames : [''];
    let hostRank = -1;
    for (const hostname of hostnames) {
      if (hostnameMatches(hostname, host)) hostRank = Math.max(hostRank, hostnameRank(hostname));
    }
    if (hostRank < 0) continue;
    const route = binding.route.resource;
    const created = Date.parse(route.metadata.creationTimestamp ?? '') || Infinity;
    const rules = route.spec.rules?.length ? route.spec.rules : [{}];
    rules.forEach((rule, r) => {
      const matches: readonly HTTPRouteMatch[] = rule.matches?.length ? rule.matches : [{}];
      matches.forEach((match, m) => {
        if (!pathMatches(match, path)) return;
        if (match.method !== undefined && match.method !== request.method) return;
        const seenHeaders = new Set<string>();
        for (const h of match.headers ?? []) {
          const name = h.name.toLowerCase();
          if (seenHeaders.has(name)) continue;
          seenHeaders.add(name);
          if (!valueMatches(h.type, h.value, headers.get(name))) return;
        }
        const seenParams = new Set<string>();
        for (const q of match.queryParams ?? []) {
          if (seenParams.has(q.name)) continue;
          seenParams.add(q.name);
          if (!valueMatches(q.type, q.value, params.get(q.name))) return;
        }
        const type = match.path?.type ?? 'PathPrefix';
        const rank = [
          hostRank,
          type === 'Exact' ? 2 : type === 'RegularExpression' ? 1 : 0,
          (match.path?.value ?? '/').length,
          match.method === undefined ? 0 : 1,
          seenHeaders.size,
          seenParams.size,
        ];
        const candidate: Candidate = { route: binding.route, rule: r, match: m, rank, created };
        if (!best || better(candidate, best)) best = candidate;
      });
    });
  }
  return best ? { route: best.route, rule: best.rule, match: best.match } : null;
}
