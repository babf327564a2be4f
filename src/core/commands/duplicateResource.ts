import { type ResourceId, displayName } from '../model/identity.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { findResource, nameProblem, uniqueName } from './workspaceQueries.ts';

/** Arguments of {@link duplicateResource}. */
export interface DuplicateResourceArgs {
  readonly target: ResourceId;
  /** The copy's name; by default the next free of `<name>-2`, `<name>-3`… */
  readonly name?: string;
}

// Fields the API server writes: a copy is a new object, so it starts without them.
const serverFields = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields'];

/**
 * Duplicates a resource under a new name, placed right after the original's document. The copy
 * has the original's data (its comments are not copied: the copy is new text), without
 * `status` and the fields the API server writes.
 *
 * @param workspace - The documents.
 * @param args - The resource and, optionally, the copy's name.
 * @returns The patch (selecting the copy), or why it cannot be duplicated.
 */
export function duplicateResource(
  workspace: Workspace,
  args: DuplicateResourceArgs,
): CommandResult {
  const entry = findResource(workspace, args.target);
  if (!entry) return { error: `${displayName(args.target)} is not in the documents` };
  const { id } = entry;
  const base = id.name.replace(/-\d+$/, '');
  const name = args.name ?? uniqueName(workspace, id, base);
  const problem = nameProblem(id.kind, name);
  if (problem) return { error: problem };
  const copy = { ...id, name };
  if (findResource(workspace, copy)) return { error: `${displayName(copy)} already exists` };
  const value: Record<string, unknown> = {};
  for (const key of Object.keys(entry.raw)) {
    if (key === 'status') continue;
    Object.defineProperty(value, key, {
      value: key === 'metadata' ? copyMetadata(entry.raw[key], name) : entry.raw[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return {
    patches: [{ op: 'addResource', value, after: id }],
    select: { target: copy, path: [] },
    message: `Duplicated ${displayName(id)} as ${name}`,
  };
}

function copyMetadata(metadata: unknown, name: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata)) {
    const record = metadata as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(record)) {
      if (serverFields.includes(key)) continue;
      Object.defineProperty(out, key, {
        value: key === 'name' ? name : record[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}
