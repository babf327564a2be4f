import { ownField } from '../../util/object.ts';
import type { ResourceEntry } from '../../yaml/workspace.ts';
import type { Finding } from '../finding.ts';
import { featureSupport } from '../generated/featureSupport.ts';
import { type Feature, featureUses } from './featureUses.ts';
import { rawParentRefs } from './parentRefs.ts';

/**
 * `ExtendedFeature` and `ImplementationSpecific` notes (info): the optional features a resource
 * relies on, with how many implementations claim each in their latest conformance reports, so a
 * design that depends on them is a conscious choice. One note per feature per resource, at its
 * first use.
 *
 * @param entry - A resource.
 * @returns The notes.
 */
export function featureFindings(entry: ResourceEntry): Finding[] {
  const refs = rawParentRefs(entry);
  const mesh = refs.length > 0 && refs.every(({ ref }) => ownField(ref, 'kind') === 'Service');
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { feature, path } of featureUses(entry.id.kind, entry.raw)) {
    if (seen.has(feature.label)) continue;
    seen.add(feature.label);
    const name = (mesh ? feature.mesh : undefined) ?? feature.gateway;
    findings.push({
      severity: 'info',
      code: feature.level === 'extended' ? 'ExtendedFeature' : 'ImplementationSpecific',
      message: describe(feature, name),
      path,
      params: {
        feature: feature.label,
        conformanceFeature: name ?? '',
        implementations: name === undefined ? -1 : (featureSupport.features[name] ?? 0),
        reporting: featureSupport.implementations,
      },
    });
  }
  return findings;
}

function describe(feature: Feature, name: string | undefined): string {
  const { implementations, reportFolder } = featureSupport;
  if (feature.level === 'implementationSpecific') {
    return `${feature.label} is implementation-specific in Gateway API: implementations may support it differently or not at all, and no conformance test covers it`;
  }
  if (name === undefined) {
    return `${feature.label} is an Extended feature of Gateway API: support varies by implementation, and the ${reportFolder} conformance reports do not track it`;
  }
  const supporting = featureSupport.features[name] ?? 0;
  return `${feature.label} is an Extended feature (${name}): ${supporting} of the ${implementations} implementations with ${reportFolder} conformance reports support it`;
}
