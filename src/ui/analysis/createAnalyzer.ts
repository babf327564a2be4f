import {
  type Diagnostic,
  type Workspace,
  createWorkspace,
  lineColumnOf,
  locateOffset,
  updateWorkspace,
} from '../../core/index.ts';
import type {
  AnalysisRequest,
  AnalysisResponse,
  Channel,
  ComputedStatus,
  Problem,
  TextPosition,
} from './protocol.ts';

/** What validation finds in a workspace. */
export interface Validation {
  readonly diagnostics: readonly Diagnostic[];
  readonly statuses: readonly ComputedStatus[];
}

/** Runs the validator on a workspace for a channel. */
export type ValidateWorkspace = (workspace: Workspace, channel: Channel) => Validation;

/**
 * The analysis engine the worker runs: it owns a workspace built from the texts it is sent (each
 * new text re-parses only the documents that changed), validates it, and returns every finding
 * with its line and column and the resource it concerns.
 *
 * @param validate - The validator.
 * @param now - A clock in milliseconds, for the duration the answer reports.
 * @returns A function answering one request.
 */
export function createAnalyzer(
  validate: ValidateWorkspace,
  now: () => number,
): (request: AnalysisRequest) => AnalysisResponse {
  let workspace: Workspace | null = null;
  return (request) => {
    const started = now();
    try {
      workspace = workspace
        ? updateWorkspace(workspace, request.text)
        : createWorkspace(request.text);
      const validation = validate(workspace, request.channel);
      const current = workspace;
      const problems = toProblems(current, [...current.diagnostics, ...validation.diagnostics]);
      const problemsFingerprint = fingerprint(JSON.stringify(problems));
      const statusesFingerprint = fingerprint(JSON.stringify(validation.statuses));
      // Results the page already holds are not sent again (a large set's findings are megabytes).
      return {
        ok: true,
        revision: request.revision,
        channel: request.channel,
        problems: request.known?.problems === problemsFingerprint ? null : problems,
        problemsFingerprint,
        statuses: request.known?.statuses === statusesFingerprint ? null : validation.statuses,
        statusesFingerprint,
        durationMs: now() - started,
      };
    } catch (error) {
      // A defect in the validator must not take the page down: report it and start afresh.
      workspace = null;
      return {
        ok: false,
        revision: request.revision,
        channel: request.channel,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  };
}

/** A 32-bit FNV-1a hash of a text, as hex. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

// The validator may report the parser's findings again; keep one of each.
function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const id = `${diagnostic.code}\u0000${diagnostic.message}\u0000${diagnostic.range?.start ?? ''}\u0000${diagnostic.range?.end ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function toProblems(workspace: Workspace, diagnostics: readonly Diagnostic[]): Problem[] {
  const keys = resourceKeys(workspace);
  return dedupe(diagnostics).map((diagnostic) => {
    const { range } = diagnostic;
    const start: TextPosition | null = range ? lineColumnOf(workspace, range.start) : null;
    const end: TextPosition | null = range ? lineColumnOf(workspace, range.end) : null;
    return { diagnostic, start, end, resourceKey: resourceKeyOf(workspace, keys, diagnostic) };
  });
}

/** Resource keys by `kind/namespace/name` as diagnostics name resources. */
function resourceKeys(workspace: Workspace): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { id, key } of workspace.resources) {
    const name = `${id.kind}/${id.namespace}/${id.name}`;
    if (!keys.has(name)) keys.set(name, key);
  }
  return keys;
}

function resourceKeyOf(
  workspace: Workspace,
  keys: ReadonlyMap<string, string>,
  diagnostic: Diagnostic,
): string | null {
  const { resource, range } = diagnostic;
  if (resource) {
    // A diagnostic names the namespace as written; an entry has the default filled in, and none
    // for cluster-scoped kinds.
    const namespace = resource.namespace || workspace.options.defaultNamespace;
    const key =
      keys.get(`${resource.kind}/${namespace}/${resource.name}`) ??
      keys.get(`${resource.kind}//${resource.name}`);
    if (key) return key;
  }
  // Only findings without a resource need the text's structure (building it costs more).
  return range ? (locateOffset(workspace, range.start)?.entry.key ?? null) : null;
}
