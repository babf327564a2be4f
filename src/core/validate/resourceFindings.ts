import type { ResourceEntry } from '../yaml/workspace.ts';
import { type ResourceCheck, checkResource } from './checkResource.ts';
import type { Finding } from './finding.ts';
import { featureFindings } from './review/featureFindings.ts';
import { meshHostnameFindings, serviceParentRefGroupFindings } from './review/parentRefs.ts';
import { yaml11BooleanFindings } from './review/yaml11Booleans.ts';
import type { Channel } from './schemaData.ts';

/**
 * Everything Switchyard finds about one resource on its own: what the API server says (schema,
 * CEL, served versions) and the reviewer's warnings. Cached per resource entry and channel:
 * entries are stable across edits of other documents, so after a one-document edit only that
 * document's resources are checked again.
 */

const cache = new WeakMap<ResourceEntry, Partial<Record<Channel, ResourceCheck>>>();

/**
 * The findings about a resource, computed once per entry and channel.
 *
 * @param entry - The resource.
 * @param channel - The Gateway API channel whose CRDs are installed.
 * @returns Whether the API server admits it, and the findings.
 */
export function resourceFindings(entry: ResourceEntry, channel: Channel): ResourceCheck {
  let byChannel = cache.get(entry);
  if (!byChannel) {
    byChannel = {};
    cache.set(entry, byChannel);
  }
  let result = byChannel[channel];
  if (!result) {
    result = computeFindings(entry, channel);
    byChannel[channel] = result;
  }
  return result;
}

function computeFindings(entry: ResourceEntry, channel: Channel): ResourceCheck {
  try {
    const check = checkResource(entry, channel);
    const review: Finding[] = [
      ...serviceParentRefGroupFindings(entry),
      ...meshHostnameFindings(entry),
      ...yaml11BooleanFindings(entry),
      ...featureFindings(entry),
    ];
    return { admitted: check.admitted, findings: [...check.findings, ...review] };
  } catch (error) {
    // Validation never stops at one resource; an internal failure is reported, not thrown.
    const message = error instanceof Error ? error.message : String(error);
    return {
      admitted: true,
      findings: [
        {
          severity: 'warning',
          code: 'ValidationFailed',
          message: `Switchyard could not check this resource (${message}); please report it`,
          path: null,
          params: { error: message },
        },
      ],
    };
  }
}
