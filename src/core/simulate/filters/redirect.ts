import type { HTTPPathModifier, HTTPRequestRedirectFilter } from '../../model/filters.ts';
import { replacePrefixMatch } from '../paths.ts';
import { matchHost } from '../requestView.ts';
import type { RedirectResult } from '../decision.ts';

/**
 * The path a redirect or rewrite produces (D2, D3).
 *
 * @param path - The request path without query.
 * @param modifier - The filter's `path`, if any.
 * @param matchedPrefix - The PathPrefix value that matched (for ReplacePrefixMatch).
 * @returns The new path, or null when ReplacePrefixMatch has no PathPrefix match to work on.
 */
export function modifyPath(
  path: string,
  modifier: HTTPPathModifier | undefined,
  matchedPrefix: string | undefined,
): string | null {
  if (!modifier) return path;
  switch (modifier.type) {
    case 'ReplaceFullPath':
      return modifier.replaceFullPath ?? path;
    case 'ReplacePrefixMatch':
      // CEL requires exactly one PathPrefix match in the rule; without one there is no prefix.
      if (matchedPrefix === undefined) return null;
      return replacePrefixMatch(path, matchedPrefix, modifier.replacePrefixMatch ?? '');
  }
}

/**
 * The redirect a RequestRedirect filter answers with (D2): status 302 unless set; scheme,
 * hostname and path from the request unless set; port from the filter, else the well-known port
 * of a scheme the filter sets, else the port the request came in on; port 80 for http and 443 for
 * https left out of `Location`.
 *
 * @param filter - The filter.
 * @param request - The request as it stands: scheme, Host header, path and query.
 * @param entryPort - The listener (or Service) port the request came in on.
 * @param matchedPrefix - The PathPrefix value that matched.
 * @returns The status and Location.
 */
export function redirectFor(
  filter: HTTPRequestRedirectFilter,
  request: {
    readonly scheme: 'http' | 'https';
    readonly host: string;
    readonly path: string;
    readonly query: string;
  },
  entryPort: number,
  matchedPrefix: string | undefined,
): RedirectResult {
  const scheme = filter.scheme ?? request.scheme;
  const hostname = filter.hostname ?? matchHost(request.host);
  const port = filter.port ?? (filter.scheme ? wellKnownPort(filter.scheme) : entryPort);
  const omitPort = port === wellKnownPort(scheme);
  const path = modifyPath(request.path, filter.path, matchedPrefix) ?? request.path;
  const query = request.query === '' ? '' : `?${request.query}`;
  return {
    status: filter.statusCode ?? 302,
    location: `${scheme}://${hostname}${omitPort ? '' : `:${port}`}${path}${query}`,
  };
}

function wellKnownPort(scheme: 'http' | 'https'): number {
  return scheme === 'https' ? 443 : 80;
}
