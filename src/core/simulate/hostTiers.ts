/**
 * The matches of one listener grouped by the routes' effective hostname (A3): exact names,
 * wildcards (kept by their `.suffix`, so a lookup slices the host instead of building a string),
 * and routes for any host.
 */
export interface HostTiers<I> {
  readonly exact: ReadonlyMap<string, I>;
  /** Wildcard hostnames by suffix: `*.example.com` is kept as `.example.com`. */
  readonly wildcard: ReadonlyMap<string, I>;
  readonly any: I | undefined;
}

/**
 * Groups indexes by hostname pattern.
 *
 * @param byPattern - An index per hostname pattern (`""` for any host).
 */
export function createHostTiers<I>(byPattern: ReadonlyMap<string, I>): HostTiers<I> {
  const exact = new Map<string, I>();
  const wildcard = new Map<string, I>();
  let any: I | undefined;
  for (const [pattern, index] of byPattern) {
    if (pattern === '') any = index;
    else if (pattern.startsWith('*.')) wildcard.set(pattern.slice(1), index);
    else exact.set(pattern, index);
  }
  return { exact, wildcard, any };
}

/**
 * The index of one hostname pattern.
 *
 * @param tiers - The tiers.
 * @param pattern - An exact hostname, `*.suffix`, or `""`.
 */
export function tierFor<I>(tiers: HostTiers<I>, pattern: string): I | undefined {
  if (pattern === '') return tiers.any;
  return pattern.startsWith('*.') ? tiers.wildcard.get(pattern.slice(1)) : tiers.exact.get(pattern);
}

/**
 * Every index of the tiers.
 *
 * @param tiers - The tiers.
 */
export function tierIndexes<I>(tiers: HostTiers<I>): I[] {
  return [...tiers.exact.values(), ...tiers.wildcard.values(), ...(tiers.any ? [tiers.any] : [])];
}

/**
 * Searches the tiers for a host in precedence order (A3): the host itself, then wildcards over
 * its suffixes, longest first, then any host. The first tier with a result wins.
 *
 * @param tiers - The tiers.
 * @param host - The request host.
 * @param find - Searches one tier (a plain function, so the hot path allocates no closure).
 * @param arg - The second argument of `find`.
 * @returns The first result, or undefined.
 */
export function searchHostTiers<I, A, R>(
  tiers: HostTiers<I>,
  host: string,
  find: (index: I, arg: A) => R | undefined,
  arg: A,
): R | undefined {
  const exact = tiers.exact.size > 0 ? tiers.exact.get(host) : undefined;
  if (exact) {
    const result = find(exact, arg);
    if (result !== undefined) return result;
  }
  if (tiers.wildcard.size > 0) {
    // A wildcard needs at least one label in front of its suffix, so start after the first label.
    for (let dot = host.indexOf('.', 1); dot >= 0; dot = host.indexOf('.', dot + 1)) {
      const index = tiers.wildcard.get(host.slice(dot));
      const result = index === undefined ? undefined : find(index, arg);
      if (result !== undefined) return result;
    }
  }
  return tiers.any === undefined ? undefined : find(tiers.any, arg);
}

/**
 * Whether any tier could serve a host (some route's hostname matches it).
 *
 * @param tiers - The tiers.
 * @param host - The request host.
 */
export function tiersServe<I>(tiers: HostTiers<I>, host: string): boolean {
  return searchHostTiers(tiers, host, always, undefined) !== undefined;
}

function always(): true {
  return true;
}
