/**
 * Path matching and rewriting (semantics.md A9 and D3). Paths are case-sensitive; `PathPrefix`
 * is element-wise, so `/abc` matches `/abc`, `/abc/` and `/abc/def` but not `/abcd`.
 */

/**
 * The form of a `PathPrefix` value used for element-wise comparison: a trailing `/` is ignored,
 * and `/` itself becomes `""` (it matches every path).
 *
 * @param prefix - The prefix as written.
 */
export function normalizePrefix(prefix: string): string {
  return prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
}

/**
 * Whether a path starts with a prefix element-wise.
 *
 * @param normalized - A prefix from {@link normalizePrefix}.
 * @param path - The request path, without query.
 */
export function prefixMatches(normalized: string, path: string): boolean {
  if (!path.startsWith(normalized)) return false;
  if (path.length === normalized.length) return true;
  return path.charCodeAt(normalized.length) === 47; // '/'
}

/**
 * The element-wise prefixes of a path, longest first, in {@link normalizePrefix} form:
 * `/a/b/` gives `/a/b`, `/a`, `""`.
 *
 * @param path - The request path, without query.
 * @returns The prefixes a `PathPrefix` match could equal.
 */
export function pathPrefixes(path: string): string[] {
  const out: string[] = [];
  let end = path.endsWith('/') ? path.length - 1 : path.length;
  for (;;) {
    out.push(path.slice(0, end));
    if (end <= 0) break;
    end = path.lastIndexOf('/', end - 1);
    if (end < 0) break;
  }
  return out;
}

/**
 * Replaces the matched prefix of a path (`ReplacePrefixMatch`), element-wise, as the table in
 * `httproute_types.go` shows (D3): `/foo/bar` with prefix `/foo` and replacement `/xyz` gives
 * `/xyz/bar`; with replacement `""` or `/` it gives `/bar`.
 *
 * @param path - The request path, without query.
 * @param prefix - The PathPrefix value that matched.
 * @param replacement - The replacement prefix.
 * @returns The new path.
 */
export function replacePrefixMatch(path: string, prefix: string, replacement: string): string {
  const matched = normalizePrefix(prefix);
  const rest = prefixMatches(matched, path) ? path.slice(matched.length) : path;
  const result = normalizePrefix(replacement) + rest;
  if (result === '') return '/';
  return result.startsWith('/') ? result : `/${result}`;
}
