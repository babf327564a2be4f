import { computeAttachment, computeStatus } from '../attach/index.ts';
import type { ComputedAttachment, ResourceStatus } from '../attach/index.ts';
import { type Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.ts';
import { compileRouteTableFrom, reviewRouting } from '../simulate/index.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import { placeFindings } from './placeFindings.ts';
import { resourceFindings } from './resourceFindings.ts';
import { aggregateFeatureNotes } from './review/aggregateFeatureNotes.ts';
import type { Channel } from './schemaData.ts';

/** How to validate. */
export interface ValidationOptions {
  /** Which Gateway API channel's CRDs the cluster has (default `standard`). */
  readonly channel: Channel;
}

/** A resource of the report, with the status a conformant controller would write (contract.md 1.1). */
export interface ValidatedResource {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  /** For routes, Gateways and ListenerSets that the API server admits. */
  readonly status?: ResourceStatus['status'];
}

/** The result of {@link validate}. */
export interface ValidationReport {
  /** True exactly when no diagnostic has severity `error`. */
  readonly ok: boolean;
  /** Every finding, in the order a person reads them. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every resource, in document order. */
  readonly resources: readonly ValidatedResource[];
}

/** The default options: the standard channel. */
export const DEFAULT_VALIDATION_OPTIONS: ValidationOptions = { channel: 'standard' };

/**
 * Checks a document set as a cluster with the Gateway API v1.6.1 CRDs and a conformant
 * controller would: YAML, the CRD schemas and their CEL rules (resources that fail them are not
 * admitted, so they do not exist for the controller), then references, attachment and listener
 * conflicts with the `status` the controller would write, then the routing review and
 * Switchyard's own warnings. Never throws; a bad document does not hide the others' findings.
 * What each resource, route decision, compiled route and listener index comes to is cached, and
 * reused while what it depends on is unchanged, so validating again after a one-document edit
 * redoes the work of that document only (and of the routes it changes an answer for); the report
 * is the one a validation from scratch gives.
 *
 * @param workspace - The documents.
 * @param options - Which channel's CRDs to check against.
 * @returns The report.
 * @example
 * const report = validate(createWorkspace(text), { channel: 'standard' });
 * report.ok; // false when a diagnostic is an error
 */
export function validate(
  workspace: Workspace,
  options: ValidationOptions = DEFAULT_VALIDATION_OPTIONS,
): ValidationReport {
  const { channel } = options;
  const diagnostics: Diagnostic[] = [...workspace.diagnostics];
  // The documents hold the workspace's resources in order, each with its place in the text.
  for (const { start, entries } of workspace.documents) {
    for (const entry of entries) {
      const { findings } = resourceFindings(entry, channel);
      const placed = placeFindings(workspace, entry, start, channel, findings);
      for (const diagnostic of placed) diagnostics.push(diagnostic);
    }
  }
  const statuses = new Map<ResourceEntry, ResourceStatus['status']>();
  // The checks of every resource are cached by now: asking again costs a lookup.
  const admitted = (entry: ResourceEntry): boolean => resourceFindings(entry, channel).admitted;
  const attachment = guarded(diagnostics, 'attachment', () =>
    computeAttachment(workspace, { admitted }),
  );
  if (attachment) {
    guarded(diagnostics, 'status', () => {
      const report = computeStatus(workspace, attachment);
      diagnostics.push(...report.diagnostics);
      // The statuses come in document order: match them to the entries in one pass.
      let next = 0;
      for (const resource of report.resources) {
        while (next < workspace.resources.length) {
          const entry = workspace.resources[next++];
          if (entry && sameResource(entry, resource)) {
            statuses.set(entry, resource.status);
            break;
          }
        }
      }
    });
    guarded(diagnostics, 'routing review', () => review(workspace, attachment, diagnostics));
  }
  // A thousand routes that use one optional feature get one note about it, not a thousand.
  const sorted = aggregateFeatureNotes(sortDiagnostics(diagnostics));
  return {
    ok: !sorted.some((diagnostic) => diagnostic.severity === 'error'),
    diagnostics: sorted,
    resources: workspace.resources.map((entry) => validatedResource(entry, statuses.get(entry))),
  };
}

// A resource of the report depends on its entry and its status, and the status of a route is the
// same object while its attachment decision is reused: the report's resources are kept per entry.
const validatedResources = new WeakMap<ResourceEntry, ValidatedResource>();

function validatedResource(
  entry: ResourceEntry,
  status: ResourceStatus['status'] | undefined,
): ValidatedResource {
  const cached = validatedResources.get(entry);
  if (cached && cached.status === status) return cached;
  const { kind, namespace, name } = entry.id;
  const resource = { apiVersion: entry.apiVersion, kind, namespace, name };
  const validated = status === undefined ? resource : { ...resource, status };
  validatedResources.set(entry, validated);
  return validated;
}

function review(workspace: Workspace, attachment: ComputedAttachment, out: Diagnostic[]): void {
  out.push(...reviewRouting(workspace, compileRouteTableFrom(workspace, attachment)));
}

function sameResource(entry: ResourceEntry, resource: ResourceStatus): boolean {
  return (
    entry.apiVersion === resource.apiVersion &&
    entry.id.kind === resource.kind &&
    entry.id.namespace === resource.namespace &&
    entry.id.name === resource.name
  );
}

/** Runs one stage; a failure becomes a diagnostic instead of an exception. */
function guarded<T>(out: Diagnostic[], stage: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    out.push({
      severity: 'warning',
      code: 'ValidationFailed',
      message: `Switchyard could not compute the ${stage} (${message}); please report it`,
      resource: null,
      path: null,
      range: null,
      i18n: { key: 'validate.ValidationFailed', params: { stage, error: message } },
    });
    return undefined;
  }
}
