import { CORE_GROUP, GATEWAY_GROUP } from '../model/resource.ts';
import { schemaData } from './generated/crdSchemas.ts';
import type { Channel, KindSchema, KindVersion } from './schemaData.ts';

/** The API group of the experimental `X…` kinds. */
export const GATEWAY_EXPERIMENTAL_GROUP = 'gateway.networking.x-k8s.io';

/** What the schemas say about a resource's `apiVersion` and `kind`. */
export type KindLookup =
  | { readonly type: 'served'; readonly kind: KindSchema; readonly version: KindVersion }
  /** A group Switchyard has no schemas for (apps/v1, cert-manager…): not checked. */
  | { readonly type: 'notCovered' }
  | {
      readonly type: 'unknownKind' | 'unservedVersion';
      /** The message, in kubectl's words followed by what the CRDs do serve. */
      readonly message: string;
    };

const indexes = new Map<Channel, Map<string, KindSchema>>();

function indexOf(channel: Channel): Map<string, KindSchema> {
  let index = indexes.get(channel);
  if (!index) {
    index = new Map(
      schemaData.channels[channel].map((kind) => [`${kind.group}/${kind.kind}`, kind]),
    );
    indexes.set(channel, index);
  }
  return index;
}

function otherChannel(channel: Channel): Channel {
  return channel === 'standard' ? 'experimental' : 'standard';
}

/**
 * Finds the schema of a resource's kind and version in a channel.
 *
 * @param channel - The Gateway API channel whose CRDs are installed.
 * @param apiVersion - The resource's `apiVersion`.
 * @param kind - The resource's `kind`.
 * @returns The kind and version, or why the API server would not take it.
 */
export function lookupKind(channel: Channel, apiVersion: string, kind: string): KindLookup {
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? CORE_GROUP : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  const gatewayGroup = group === GATEWAY_GROUP || group === GATEWAY_EXPERIMENTAL_GROUP;
  const schema = indexOf(channel).get(`${group}/${kind}`);
  if (!schema) {
    if (!gatewayGroup) return { type: 'notCovered' };
    const elsewhere = indexOf(otherChannel(channel)).has(`${group}/${kind}`);
    const where = elsewhere
      ? `it is only in the ${otherChannel(channel)} channel`
      : `no ${channel} channel CRD of Gateway API ${schemaData.bundleVersion} defines it`;
    return {
      type: 'unknownKind',
      message: `no matches for kind "${kind}" in version "${apiVersion}": ${where}`,
    };
  }
  const found = schema.versions.find((candidate) => candidate.name === version);
  if (found?.served) return { type: 'served', kind: schema, version: found };
  const served = schema.versions.filter((candidate) => candidate.served).map((v) => v.name);
  const prefix = group === CORE_GROUP ? '' : `${group}/`;
  const why = found
    ? `${version} is ${found.deprecated ? 'deprecated and ' : ''}not served in the ${channel} channel`
    : `${version} does not exist`;
  return {
    type: 'unservedVersion',
    message: `no matches for kind "${kind}" in version "${apiVersion}": ${why}; use ${served.map((name) => `${prefix}${name}`).join(' or ')}`,
  };
}
