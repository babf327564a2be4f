import { type PhraseValue, phrase } from './stepText.ts';

/**
 * Hostname matching for listeners and routes (semantics.md (b)). Hostnames are lower case; a
 * wildcard `*.example.com` matches one or more labels in front of `example.com` (B2), and an
 * empty hostname matches every host.
 */

/**
 * Whether a listener or route hostname matches a request host.
 *
 * @param pattern - `""` (any host), an exact name, or `*.suffix`.
 * @param host - The request host, lower case, without port.
 * @returns True when the host is covered.
 */
export function hostnameMatches(pattern: string, host: string): boolean {
  if (pattern === '') return true;
  if (pattern.charCodeAt(0) === 42 && pattern.charCodeAt(1) === 46) {
    // `*.suffix`: the host ends with `.suffix` after at least one character, compared in place.
    const offset = host.length - pattern.length + 1;
    if (offset < 1) return false;
    for (let i = 1; i < pattern.length; i++) {
      if (host.charCodeAt(offset + i - 1) !== pattern.charCodeAt(i)) return false;
    }
    return true;
  }
  return pattern === host;
}

/**
 * How specific a listener hostname is, for choosing among listeners on one port (A1): an exact
 * hostname beats a wildcard, a wildcard with more labels after `*` beats one with fewer, and any
 * hostname beats none.
 *
 * @param hostname - The listener hostname, or undefined.
 * @returns A number; higher is more specific.
 */
export function listenerSpecificity(hostname: string | undefined): number {
  if (!hostname) return 0;
  if (hostname.startsWith('*.')) {
    // Labels first, characters as a tie-break between wildcards with as many labels.
    return 1 + hostname.split('.').length * 1000 + hostname.length;
  }
  return 1_000_000;
}

/**
 * The route hostnames that could match a host, most specific first: the host itself, then each
 * wildcard over a suffix of it, longest first, then `""` (no hostname). This is the order of A3:
 * more characters of a non-wildcard hostname first, then more characters of any hostname.
 *
 * @param host - The request host, lower case, without port.
 * @returns Hostname patterns in precedence order.
 */
export function matchingHostnamePatterns(host: string): string[] {
  const patterns = [host];
  // A wildcard needs at least one label in front of its suffix, so start after the first label.
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
    if (dot > 0) patterns.push(`*${host.slice(dot)}`);
  }
  patterns.push('');
  return patterns;
}

/**
 * The precedence of a matching route hostname (A3): characters of a non-wildcard hostname, then
 * characters of any hostname, folded into one number (higher wins).
 *
 * @param pattern - The route's effective hostname that matched.
 */
export function hostnameRank(pattern: string): number {
  if (pattern === '') return 0;
  return pattern.startsWith('*.') ? pattern.length : 1_000 + pattern.length;
}

/**
 * Describes a hostname for explanations: the pattern, or "any host" for none.
 *
 * @param pattern - A hostname pattern.
 */
export function describeHostname(pattern: string): PhraseValue {
  return pattern === '' ? phrase('simulate.part.anyHost') : pattern;
}
