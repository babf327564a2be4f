import type { Listener } from '../model/gateway.ts';
import { displayName } from '../model/identity.ts';
import { CORE_GROUP, GATEWAY_GROUP } from '../model/resource.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { explain } from './explanation.ts';
import type { ListenerProblem } from './outcomes.ts';
import type { ReferencePermission } from './referenceGrants.ts';
import type { ResourceIndex } from './resourceIndex.ts';

/**
 * The certificate problems of a terminating listener (HTTPS, or TLS in `Terminate` mode), as
 * `ResolvedRefs=False` problems (semantics.md F7, F10):
 * - a certificateRef that is not a core Secret → `InvalidCertificateRef`;
 * - a Secret in another namespace without a ReferenceGrant from the Gateway (or ListenerSet) →
 *   `RefNotPermitted`;
 * - a Secret that is not in the documents → `InvalidCertificateRef`, but only when the documents
 *   hold Secrets at all. NOTE: Secrets are usually kept out of the documents that describe
 *   routing, so a missing Secret is not a finding unless the documents include some.
 * Whether a certificate is valid (PEM, key pair, expiry) is not checked.
 *
 * @param index - The admitted resources.
 * @param permits - The ReferenceGrant check.
 * @param owner - The Gateway or ListenerSet that declares the listener.
 * @param listener - The listener as written.
 * @param path - The listener's path in its owner (`spec.listeners[2]`).
 * @returns The problems, empty when the certificates resolve or the listener does not terminate TLS.
 */
export function certificateProblems(
  index: ResourceIndex,
  permits: ReferencePermission,
  owner: ResourceEntry,
  listener: Listener,
  path: FieldPath,
): ListenerProblem[] {
  const terminates =
    listener.protocol === 'HTTPS' ||
    (listener.protocol === 'TLS' && (listener.tls?.mode ?? 'Terminate') === 'Terminate');
  if (!terminates) return [];
  const labels = { listener: listener.name, owner: displayName(owner.id) };
  const refs = listener.tls?.certificateRefs ?? [];
  const options = listener.tls?.options;
  if (refs.length === 0) {
    // Implementations may take certificates from tls.options instead; those are opaque here.
    if (options && Object.keys(options).length > 0) return [];
    return [
      {
        condition: 'ResolvedRefs',
        reason: 'InvalidCertificateRef',
        explanation: explain('certificateMissing', { ...labels, protocol: listener.protocol }),
        path: [...path, 'tls'],
        severity: 'error',
      },
    ];
  }
  const secretsListed = index.hasKind(CORE_GROUP, 'Secret');
  const problems: ListenerProblem[] = [];
  refs.forEach((ref, i) => {
    const group = ref.group ?? CORE_GROUP;
    const kind = ref.kind ?? 'Secret';
    const namespace = ref.namespace ?? owner.id.namespace;
    const refPath = [...path, 'tls', 'certificateRefs', i];
    const secret = { group: CORE_GROUP, kind: 'Secret', namespace, name: ref.name };
    const problem = (reason: string, explanation: ListenerProblem['explanation']): void => {
      problems.push({
        condition: 'ResolvedRefs',
        reason,
        explanation,
        path: refPath,
        severity: 'error',
      });
    };
    if (group !== CORE_GROUP || kind !== 'Secret') {
      problem(
        'InvalidCertificateRef',
        explain('certificateKind', { ...labels, name: ref.name, kind, group }),
      );
    } else if (
      !permits({ group: GATEWAY_GROUP, kind: owner.id.kind, namespace: owner.id.namespace }, secret)
    ) {
      problem(
        'RefNotPermitted',
        explain('certificateRefNotPermitted', {
          ...labels,
          target: displayName(secret),
          namespace,
          ownerKind: owner.id.kind,
          ownerNamespace: owner.id.namespace,
        }),
      );
    } else if (secretsListed && !index.find(secret)) {
      problem(
        'InvalidCertificateRef',
        explain('certificateNotFound', { ...labels, target: displayName(secret) }),
      );
    }
  });
  return problems;
}
