import type { RequestEntry, Workspace } from '../../core/index.ts';

/** An entry the composer offers: where requests come in, and the value its chooser uses. */
export interface EntryChoice {
  readonly value: string;
  readonly entry: RequestEntry;
}

/**
 * The chooser's value of an entry: `gateway:<namespace>/<name>` or `mesh:<namespace>`.
 *
 * @param entry - An entry.
 */
export function entryValue(entry: RequestEntry): string {
  return entry.kind === 'gateway'
    ? `gateway:${entry.namespace}/${entry.name}`
    : `mesh:${entry.from}`;
}

/**
 * Reads a chooser value back.
 *
 * @param value - A value made by {@link entryValue}.
 * @returns The entry, or null for anything else.
 */
export function parseEntryValue(value: string): RequestEntry | null {
  if (value.startsWith('mesh:')) {
    const from = value.slice('mesh:'.length);
    return from ? { kind: 'mesh', from } : null;
  }
  if (!value.startsWith('gateway:')) return null;
  const rest = value.slice('gateway:'.length);
  const slash = rest.indexOf('/');
  if (slash <= 0 || slash === rest.length - 1) return null;
  return { kind: 'gateway', namespace: rest.slice(0, slash), name: rest.slice(slash + 1) };
}

/**
 * The entries of a document set: every Gateway (north-south), then the workloads of every
 * namespace the documents mention (east-west callers), `default` included.
 *
 * @param workspace - The documents.
 * @param current - The entry chosen now; kept in the list even when the documents lost it.
 * @returns The choices, without duplicates.
 */
export function entryChoices(workspace: Workspace, current: RequestEntry): readonly EntryChoice[] {
  const gateways: EntryChoice[] = [];
  const namespaces = new Set<string>(['default']);
  for (const entry of workspace.resources) {
    if (entry.id.namespace) namespaces.add(entry.id.namespace);
    if (entry.resource?.kind === 'Namespace') namespaces.add(entry.id.name);
    if (entry.resource?.kind === 'Gateway') {
      const gateway: RequestEntry = {
        kind: 'gateway',
        namespace: entry.id.namespace,
        name: entry.id.name,
      };
      gateways.push({ value: entryValue(gateway), entry: gateway });
    }
  }
  const mesh = [...namespaces].sort().map((from): EntryChoice => {
    const entry: RequestEntry = { kind: 'mesh', from };
    return { value: entryValue(entry), entry };
  });
  const all = [...gateways, ...mesh];
  const seen = new Set<string>();
  const unique = all.filter((choice) => !seen.has(choice.value) && seen.add(choice.value));
  const currentValue = entryValue(current);
  return seen.has(currentValue) ? unique : [{ value: currentValue, entry: current }, ...unique];
}
