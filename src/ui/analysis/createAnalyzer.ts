import {
  type Diagnostic,
  type Workspace,
  createWorkspace,
  diffTexts,
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
  StatusChanges,
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
  // The newest text that read without errors, and what validation found in it.
  let lastGood: { readonly text: string; readonly validation: Validation } | null = null;
  // The statuses of the last answer, each as JSON by resource key, to send only what changed.
  let sent: { readonly fingerprint: string; readonly byKey: ReadonlyMap<string, string> } | null =
    null;
  return (request) => {
    const started = now();
    try {
      workspace = workspace
        ? updateWorkspace(workspace, request.text)
        : createWorkspace(request.text);
      const current = workspace;
      let validation: Validation;
      if (current.broken && lastGood) {
        // While some text does not read, its resources are missing: validating now would report
        // everything that refers to them. Keep the last good findings instead (moved to where
        // they are in the text now), as the canvas keeps the last good graph.
        validation = carriedOver(lastGood, current.text);
      } else {
        validation = validate(current, request.channel);
        if (!current.broken) lastGood = { text: current.text, validation };
      }
      const problems = toProblems(current, [...current.diagnostics, ...validation.diagnostics]);
      const problemsFingerprint = fingerprint(JSON.stringify(problems));
      const byKey = new Map(
        validation.statuses.map((status) => [status.resourceKey, statusJson(status.status)]),
      );
      const statusesFingerprint = statusesFingerprintOf(validation.statuses);
      const held = request.known?.statuses;
      const statusChanges =
        held !== undefined && held !== statusesFingerprint && held === sent?.fingerprint
          ? changesSince(sent, byKey, validation.statuses)
          : null;
      sent = { fingerprint: statusesFingerprint, byKey };
      // Results the page already holds are not sent again (a large set's findings are megabytes).
      return {
        ok: true,
        revision: request.revision,
        channel: request.channel,
        problems: request.known?.problems === problemsFingerprint ? null : problems,
        problemsFingerprint,
        statuses: held === statusesFingerprint || statusChanges ? null : validation.statuses,
        statusChanges,
        statusesFingerprint,
        durationMs: now() - started,
      };
    } catch (error) {
      // A defect in the validator must not take the page down: report it and start afresh.
      workspace = null;
      lastGood = null;
      sent = null;
      return {
        ok: false,
        revision: request.revision,
        channel: request.channel,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  };
}

/** The last good findings, with their ranges moved to the current text (those inside the edit dropped). */
function carriedOver(
  lastGood: { readonly text: string; readonly validation: Validation },
  text: string,
): Validation {
  const edit = diffTexts(lastGood.text, text);
  if (!edit) return lastGood.validation;
  const delta = edit.text.length - (edit.end - edit.start);
  const diagnostics: Diagnostic[] = [];
  for (const diagnostic of lastGood.validation.diagnostics) {
    const { range } = diagnostic;
    if (!range || range.end <= edit.start) diagnostics.push(diagnostic);
    else if (range.start >= edit.end) {
      diagnostics.push({
        ...diagnostic,
        range: { start: range.start + delta, end: range.end + delta },
      });
    }
  }
  return { diagnostics, statuses: lastGood.validation.statuses };
}

function changesSince(
  base: { readonly fingerprint: string; readonly byKey: ReadonlyMap<string, string> },
  byKey: ReadonlyMap<string, string>,
  statuses: readonly ComputedStatus[],
): StatusChanges {
  const changed = statuses.filter(
    (status) => base.byKey.get(status.resourceKey) !== byKey.get(status.resourceKey),
  );
  const removed = [...base.byKey.keys()].filter((key) => !byKey.has(key));
  return { base: base.fingerprint, changed, removed };
}

// A resource's status stays the same object while what it depends on is unchanged (the validator
// caches it), so each is written out as JSON, and hashed, once.
const statusJsons = new WeakMap<object, string>();
const statusHashes = new WeakMap<object, { readonly key: string; readonly hash: number }>();

function statusJson(status: unknown): string {
  if (typeof status !== 'object' || status === null) return JSON.stringify(status);
  let json = statusJsons.get(status);
  if (json === undefined) {
    json = JSON.stringify(status);
    statusJsons.set(status, json);
  }
  return json;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Adds a text to a 32-bit FNV-1a hash. */
function hashText(hash: number, text: string): number {
  let next = hash;
  for (let i = 0; i < text.length; i++) {
    next ^= text.charCodeAt(i);
    next = Math.imul(next, FNV_PRIME);
  }
  return next;
}

function hex(hash: number): string {
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A 32-bit FNV-1a hash of a text, as hex. */
function fingerprint(text: string): string {
  return hex(hashText(FNV_OFFSET, text));
}

function statusHash({ resourceKey, status }: ComputedStatus): number {
  const held = typeof status === 'object' && status !== null ? statusHashes.get(status) : undefined;
  if (held?.key === resourceKey) return held.hash;
  const hash = hashText(hashText(FNV_OFFSET, resourceKey), `\u0000${statusJson(status)}`);
  if (typeof status === 'object' && status !== null)
    statusHashes.set(status, { key: resourceKey, hash });
  return hash;
}

/**
 * Equal for equal lists of statuses (keys, statuses and order): a hash of each status's key and
 * JSON (kept with the status, which the validator keeps while it is unchanged) folded in order, so
 * an edit hashes only the statuses it changed, not the megabytes of all of them.
 */
function statusesFingerprintOf(statuses: readonly ComputedStatus[]): string {
  let hash = FNV_OFFSET;
  for (const status of statuses) {
    const own = statusHash(status);
    for (let shift = 0; shift < 32; shift += 8) {
      hash ^= (own >>> shift) & 0xff;
      hash = Math.imul(hash, FNV_PRIME);
    }
  }
  return hex(hash);
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
  const byName = entriesByName(workspace.resources);
  return dedupe(diagnostics).map((diagnostic) => {
    const { range } = diagnostic;
    const start: TextPosition | null = range ? lineColumnOf(workspace, range.start) : null;
    const end: TextPosition | null = range ? lineColumnOf(workspace, range.end) : null;
    return { diagnostic, start, end, resourceKey: resourceKeyOf(workspace, byName, diagnostic) };
  });
}

type Entries = Workspace['resources'];

// Indexed by name (strings the entries hold already): building keys of every resource for a
// few findings would cost more than the rest of the answer.
function entriesByName(resources: Entries): ReadonlyMap<string, Entries> {
  const byName = new Map<string, Entries[number][]>();
  for (const entry of resources) {
    const same = byName.get(entry.id.name);
    if (same) same.push(entry);
    else byName.set(entry.id.name, [entry]);
  }
  return byName;
}

function resourceKeyOf(
  workspace: Workspace,
  byName: ReadonlyMap<string, Entries>,
  diagnostic: Diagnostic,
): string | null {
  const { resource, range } = diagnostic;
  if (resource) {
    // A diagnostic names the namespace as written; an entry has the default filled in, and none
    // for cluster-scoped kinds. The first entry of a name wins, as it does for duplicates.
    const namespace = resource.namespace || workspace.options.defaultNamespace;
    const named = byName.get(resource.name) ?? [];
    const entry =
      named.find(({ id }) => id.kind === resource.kind && id.namespace === namespace) ??
      named.find(({ id }) => id.kind === resource.kind && id.namespace === '');
    if (entry) return entry.key;
  }
  // Only findings without a resource need the text's structure (building it costs more).
  return range ? (locateOffset(workspace, range.start)?.entry.key ?? null) : null;
}
