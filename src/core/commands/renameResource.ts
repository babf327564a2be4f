import { type ResourceId, displayName } from '../model/identity.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { Patch } from '../yaml/patch.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { findReferences } from './findReferences.ts';
import { findResource, nameProblem } from './workspaceQueries.ts';

/** Arguments of {@link renameResource}. */
export interface RenameResourceArgs {
  readonly target: ResourceId;
  readonly name: string;
}

/**
 * Renames a resource and every reference to it, as one undoable change: parentRefs (Gateway,
 * ListenerSet and Service parents), backendRefs, mirror backendRefs, a ListenerSet's parentRef,
 * ReferenceGrant `to.name`, BackendTLSPolicy targets and Gateway `gatewayClassName`. Renaming a
 * Namespace moves the resources that name it and updates every `namespace` field that names it.
 *
 * @param workspace - The documents.
 * @param args - The resource and its new name.
 * @returns The patches (selecting the renamed resource), or why it cannot be renamed.
 */
export function renameResource(workspace: Workspace, args: RenameResourceArgs): CommandResult {
  const entry = findResource(workspace, args.target);
  if (!entry) return { error: `${displayName(args.target)} is not in the documents` };
  const { id } = entry;
  if (args.name === id.name) return { error: `${displayName(id)} already has that name` };
  const problem = nameProblem(id.kind, args.name);
  if (problem) return { error: problem };
  const renamed = { ...id, name: args.name };
  if (findResource(workspace, renamed)) return { error: `${displayName(renamed)} already exists` };
  const patches: Patch[] = [];
  for (const reference of findReferences(workspace, id)) {
    if (reference.referrer === entry) continue;
    patches.push({
      op: 'set',
      target: reference.referrer.id,
      path: reference.namePath,
      value: args.name,
    });
  }
  if (id.kind === 'Namespace' && id.group === '') {
    patches.push(...namespacePatches(workspace, id.name, args.name));
  }
  // The resource itself last: the patches before address the others by their current names.
  patches.push({ op: 'renameResource', target: id, name: args.name });
  const count = patches.length - 1;
  return {
    patches,
    select: { target: renamed, path: [] },
    message:
      count > 0
        ? `Renamed ${displayName(id)} to ${args.name} and updated ${count} reference${count === 1 ? '' : 's'}`
        : `Renamed ${displayName(id)} to ${args.name}`,
  };
}

/**
 * The changes for a Namespace rename: every `namespace` field equal to the old name (the
 * resources' own `metadata.namespace`, and the namespace of references and grants), and the
 * Namespace's `kubernetes.io/metadata.name` label. Resources that do not name a namespace keep
 * the default one.
 */
function namespacePatches(workspace: Workspace, from: string, to: string): Patch[] {
  const patches: Patch[] = [];
  for (const entry of workspace.resources) {
    if (entry.id.kind === 'Namespace' && entry.id.group === '') {
      const labels = entry.raw['metadata'];
      const label = 'kubernetes.io/metadata.name';
      if (
        entry.id.name === from &&
        typeof labels === 'object' &&
        labels !== null &&
        Object.hasOwn(labels, 'labels')
      ) {
        const values = (labels as Readonly<Record<string, unknown>>)['labels'];
        if (typeof values === 'object' && values !== null && Object.hasOwn(values, label)) {
          patches.push({
            op: 'set',
            target: entry.id,
            path: ['metadata', 'labels', label],
            value: to,
          });
        }
      }
      continue;
    }
    // The resource's own namespace is set last: the patches before address it by its identity.
    const paths = namespaceFields(entry.raw, from, []);
    const own = paths.findIndex((path) => path.length === 2 && path[0] === 'metadata');
    const ordered = own < 0 ? paths : [...paths.filter((_, i) => i !== own), paths[own] ?? []];
    for (const path of ordered) patches.push({ op: 'set', target: entry.id, path, value: to });
  }
  return patches;
}

function namespaceFields(value: unknown, name: string, path: FieldPath): FieldPath[] {
  if (Array.isArray(value)) {
    return (value as readonly unknown[]).flatMap((item, i) =>
      namespaceFields(item, name, [...path, i]),
    );
  }
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Readonly<Record<string, unknown>>;
  const out: FieldPath[] = [];
  for (const key of Object.keys(record)) {
    if (path.length === 0 && key === 'status') continue;
    const child = record[key];
    if (key === 'namespace' && child === name) out.push([...path, key]);
    else out.push(...namespaceFields(child, name, [...path, key]));
  }
  return out;
}
