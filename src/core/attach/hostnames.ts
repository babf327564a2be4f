/**
 * Hostname matching and the intersection of listener and route hostnames (semantics.md B2, B3).
 * Hostnames are compared in lower case; a leading `*.` is a wildcard over one or more labels.
 */

/**
 * Whether a hostname matches a hostname pattern: equal, or the pattern is a wildcard `*.x` and
 * the hostname ends with `.x` after at least one label (semantics.md B2: `*.example.com` matches
 * `a.example.com` and `a.b.example.com`, not `example.com`).
 *
 * @param pattern - An exact hostname or a wildcard (`*.example.com`).
 * @param hostname - An exact hostname.
 * @returns True when the hostname is covered by the pattern.
 */
export function hostnameMatches(pattern: string, hostname: string): boolean {
  const p = pattern.toLowerCase();
  const h = hostname.toLowerCase();
  if (!p.startsWith('*.')) return p === h;
  const suffix = p.slice(1);
  return h.length > suffix.length && h.endsWith(suffix);
}

/**
 * The intersection of a listener hostname and one route hostname: the more specific of the two
 * when they intersect (semantics.md B3).
 *
 * @param listener - The listener's hostname; undefined or empty matches every hostname.
 * @param route - One of the route's hostnames.
 * @returns The effective hostname, or undefined when they do not intersect.
 * @example
 * intersectHostname('*.foo.example.com', '*.example.com') // '*.foo.example.com'
 * intersectHostname('*.wildcard.io', 'wildcard.io') // undefined
 */
export function intersectHostname(listener: string | undefined, route: string): string | undefined {
  const r = route.toLowerCase();
  if (!listener) return r;
  const l = listener.toLowerCase();
  if (l === r) return r;
  const lWild = l.startsWith('*.');
  const rWild = r.startsWith('*.');
  if (!lWild && !rWild) return undefined;
  if (!lWild) return hostnameMatches(r, l) ? l : undefined;
  if (!rWild) return hostnameMatches(l, r) ? r : undefined;
  // Both wildcards: one covers the other, and the longer (more specific) one applies.
  if (hostnameMatches(l, r.slice(2))) return r;
  if (hostnameMatches(r, l.slice(2))) return l;
  return undefined;
}

/** The hostnames a route serves through one listener. */
export interface EffectiveHostnames {
  /** False when the route names hostnames and none intersects the listener's (NoMatchingListenerHostname). */
  readonly matched: boolean;
  /**
   * The effective hostnames, without duplicates, in the route's order. Empty (with `matched`)
   * means every host: neither the route nor the listener names one.
   */
  readonly hostnames: readonly string[];
}

/**
 * The effective hostnames of a route on a listener (semantics.md B3): the route's hostnames that
 * intersect the listener's hostname, each narrowed to the more specific of the pair; the
 * listener's hostname when the route names none.
 *
 * @param listener - The listener's hostname, if any.
 * @param route - The route's `spec.hostnames` (empty or undefined for none).
 * @returns Whether any intersects, and the effective hostnames.
 */
export function effectiveHostnames(
  listener: string | undefined,
  route: readonly string[] | undefined,
): EffectiveHostnames {
  if (!route || route.length === 0) {
    return { matched: true, hostnames: listener ? [listener.toLowerCase()] : [] };
  }
  const out: string[] = [];
  for (const hostname of route) {
    const effective = intersectHostname(listener, hostname);
    if (effective !== undefined && !out.includes(effective)) out.push(effective);
  }
  return { matched: out.length > 0, hostnames: out };
}
