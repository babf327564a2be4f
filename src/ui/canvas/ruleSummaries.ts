import {
  ANY_MATCH,
  type ResourceEntry,
  grpcMatchSummary,
  httpMatchSummary,
  ruleSummary,
} from '../../core/index.ts';
import type { Translate } from '../i18n/translate.ts';

/**
 * A label per rule of a route for pickers: `Rule 1: GET /api/* · x-canary=true`.
 *
 * @param entry - The route.
 * @param t - The translator.
 * @returns One label per rule, in order (empty for other kinds).
 */
export function ruleSummaries(entry: ResourceEntry, t: Translate): string[] {
  const resource = entry.resource;
  const label = (index: number, matches: readonly string[]) => {
    const summary = ruleSummary(matches);
    return t('canvas.rule.label', {
      index: index + 1,
      summary: summary === ANY_MATCH ? t('canvas.rules.any') : summary,
    });
  };
  switch (resource?.kind) {
    case 'HTTPRoute':
      return (resource.spec.rules ?? []).map((rule, i) =>
        label(i, (rule.matches ?? []).map(httpMatchSummary)),
      );
    case 'GRPCRoute':
      return (resource.spec.rules ?? []).map((rule, i) =>
        label(i, (rule.matches ?? []).map(grpcMatchSummary)),
      );
    case 'TLSRoute':
    case 'TCPRoute':
    case 'UDPRoute':
      return (resource.spec.rules ?? []).map((_rule, i) => label(i, []));
    case 'Gateway':
    case 'GatewayClass':
    case 'ListenerSet':
    case 'ReferenceGrant':
    case 'BackendTLSPolicy':
    case 'Service':
    case 'Namespace':
    case undefined:
      return [];
  }
}
