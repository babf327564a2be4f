import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { type ResourceId, displayName, resourceKey } from '../model/identity.ts';
import {
  type KnownResource,
  groupOf,
  isClusterScoped,
  knownKind,
  readResource,
} from '../model/resource.ts';
import { type FieldPath, formatPath } from './fieldPath.ts';
import { LIMITS, formatBytes, utf8Length } from './limits.ts';
import {
  type LocalProblem,
  type ParsedSegment,
  type RawItem,
  parseSegment,
  preloadDocuments,
} from './parseSegment.ts';
import { splitDocuments } from './splitDocuments.ts';
import {
  type LineColumn,
  type LineIndex,
  createLineIndex,
  diffTexts,
  lineColumnAt,
} from './textRange.ts';

/** How a workspace reads its text. */
export interface WorkspaceOptions {
  /** The namespace of resources that do not name one (kubectl's `--namespace`, default `default`). */
  readonly defaultNamespace: string;
}

/** One resource of the workspace: who it is, its data as written, its typed record, and where it is. */
export interface ResourceEntry {
  readonly id: ResourceId;
  /** {@link resourceKey} of `id`. */
  readonly key: string;
  readonly apiVersion: string;
  /** The data exactly as parsed (unknown fields included). */
  readonly raw: Readonly<Record<string, unknown>>;
  /** The typed record for kinds Switchyard knows; undefined for other kinds. */
  readonly resource: KnownResource | undefined;
  /** The parsed document that holds it. */
  readonly segment: ParsedSegment;
  /** Where the resource sits in its document: `[]`, or `['items', i]` in a List. */
  readonly basePath: FieldPath;
}

/** One document of the workspace with its place in the text. */
export interface WorkspaceDocument {
  /** Offset of the document's slice in the workspace text. */
  readonly start: number;
  readonly segment: ParsedSegment;
  readonly entries: readonly ResourceEntry[];
}

/**
 * The document set: the YAML text (the document of record), its parsed documents, the resources
 * they hold, and the findings of parsing. Immutable; an edit makes a new workspace that shares
 * every unchanged document with the old one.
 */
export interface Workspace {
  readonly text: string;
  readonly options: WorkspaceOptions;
  readonly documents: readonly WorkspaceDocument[];
  readonly resources: readonly ResourceEntry[];
  /** Findings of parsing: syntax, unsafe YAML, documents that are not resources, duplicates. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when some text could not be read (syntax errors, unsafe YAML, or a text too large). */
  readonly broken: boolean;
  /** How many documents the last change parsed (the others were reused). */
  readonly parsedDocuments: number;
}

/** The default options: kubectl's `default` namespace. */
export const DEFAULT_WORKSPACE_OPTIONS: WorkspaceOptions = { defaultNamespace: 'default' };

/**
 * Reads a text of YAML documents (any number, `kind: List` and JSON included). Never throws and
 * never drops the text: whatever cannot be read becomes a diagnostic.
 *
 * @param text - The YAML or JSON text.
 * @param options - Namespace defaulting.
 * @returns The workspace.
 */
export function createWorkspace(
  text: string,
  options: WorkspaceOptions = DEFAULT_WORKSPACE_OPTIONS,
): Workspace {
  return build(text, options, new Map());
}

/**
 * The workspace for an edited text: documents whose text did not change are reused, so an edit
 * inside one document parses that document only.
 *
 * @param previous - The workspace before the edit.
 * @param text - The whole new text.
 * @param options - Namespace defaulting (the previous options when left out).
 * @returns The new workspace (the previous one when nothing changed).
 */
export function updateWorkspace(
  previous: Workspace,
  text: string,
  options: WorkspaceOptions = previous.options,
): Workspace {
  const sameOptions = options.defaultNamespace === previous.options.defaultNamespace;
  if (text === previous.text && sameOptions) return previous;
  const edit = diffTexts(previous.text, text);
  const { documents } = previous;
  if (!edit || documents.length === 0 || exceedsLimit(text)) return build(text, options, new Map());
  // Only the documents the edit touches (and one more on each side) are cut again, and only the
  // ones whose text changed are parsed again; the ones before keep their place and the ones
  // after move by the edit's length. Cutting part of the text finds the documents a cut of the
  // whole would when every document there starts with its `---` marker and no line starts with
  // a directive or a document end (or ends with a lone carriage return); otherwise the whole
  // text is cut again, still parsing only the documents that changed.
  const first = Math.max(0, documentIndexAt(documents, edit.start) - 1);
  const last = Math.min(
    documents.length - 1,
    documentIndexAt(documents, Math.max(edit.start, edit.end - 1)) + 1,
  );
  const regionStart = documents[first]?.start ?? 0;
  const oldEnd = documents[last + 1]?.start ?? previous.text.length;
  const delta = text.length - previous.text.length;
  const region = text.slice(regionStart, oldEnd + delta);
  const slices = splitDocuments(region);
  const local =
    !NON_LOCAL_CUTS.test(region) &&
    slices.every(({ start, source }) => regionStart + start === 0 || source.startsWith('---')) &&
    (documents[last + 1]?.segment.source.startsWith('---') ?? true);
  if (!local) return build(text, options, poolOf(documents));
  const pool = poolOf(documents.slice(first, last + 1));
  let parsedDocuments = 0;
  const middle = slices.map(({ start, source }) => {
    let segment = pool.get(source)?.shift();
    if (!segment) {
      segment = parseSegment(source);
      parsedDocuments++;
    }
    return { start: regionStart + start, segment };
  });
  const placed = [
    ...documents.slice(0, first).map(({ start, segment }) => ({ start, segment })),
    ...middle,
    ...documents.slice(last + 1).map(({ start, segment }) => ({ start: start + delta, segment })),
  ];
  return assemble(text, options, placed, parsedDocuments);
}

// What makes where documents start depend on text further away: directives and document ends
// at a line start, and line ends other than LF and CRLF (the splitter's line starts follow them).
const NON_LOCAL_CUTS = /^(?:%|\.\.\.)|\r(?!\n)|[\u2028\u2029]/m;

/** Parsed documents by their text, to take again for documents an edit did not change. */
function poolOf(documents: readonly WorkspaceDocument[]): Map<string, ParsedSegment[]> {
  const pool = new Map<string, ParsedSegment[]>();
  for (const { segment } of documents) {
    const list = pool.get(segment.source);
    if (list) list.push(segment);
    else pool.set(segment.source, [segment]);
  }
  return pool;
}

function documentIndexAt(documents: readonly WorkspaceDocument[], offset: number): number {
  let low = 0;
  let high = documents.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((documents[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function exceedsLimit(text: string): boolean {
  return text.length > LIMITS.maxTextBytes / 4 && utf8Length(text) > LIMITS.maxTextBytes;
}

function build(
  text: string,
  options: WorkspaceOptions,
  pool: Map<string, ParsedSegment[]>,
): Workspace {
  const bytes = text.length > LIMITS.maxTextBytes / 4 ? utf8Length(text) : text.length;
  if (bytes > LIMITS.maxTextBytes) return tooLarge(text, options, bytes);
  const slices = splitDocuments(text);
  // One js-yaml pass over the whole text is much faster than one per document.
  const preloaded =
    pool.size === 0
      ? preloadDocuments(
          text,
          slices.map(({ source }) => source),
        )
      : undefined;
  let parsedDocuments = 0;
  const placed = slices.map(({ start, source }, i) => {
    let segment = pool.get(source)?.shift();
    if (!segment) {
      segment = parseSegment(source, preloaded?.[i]);
      parsedDocuments++;
    }
    return { start, segment };
  });
  return assemble(text, options, placed, parsedDocuments);
}

function assemble(
  text: string,
  options: WorkspaceOptions,
  placed: readonly { readonly start: number; readonly segment: ParsedSegment }[],
  parsedDocuments: number,
): Workspace {
  const documents: WorkspaceDocument[] = [];
  const resources: ResourceEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  let broken = false;
  for (const { start, segment } of placed) {
    const { entries, problems } = entriesOf(segment, options.defaultNamespace);
    documents.push({ start, segment, entries });
    for (const entry of entries) resources.push(entry);
    broken ||= segment.broken;
    for (const problem of problems) diagnostics.push(toDiagnostic(problem, start, segment));
  }
  diagnostics.push(...duplicates(resources, documents));
  return { text, options, documents, resources, diagnostics, broken, parsedDocuments };
}

function tooLarge(text: string, options: WorkspaceOptions, bytes: number): Workspace {
  const message = `The text is ${formatBytes(bytes)}, more than the limit of ${formatBytes(LIMITS.maxTextBytes)}; it is kept but not read`;
  return {
    text,
    options,
    documents: [],
    resources: [],
    diagnostics: [
      {
        severity: 'error',
        code: 'TextTooLarge',
        message,
        resource: null,
        path: null,
        range: { start: 0, end: 0 },
        i18n: {
          key: 'TextTooLarge',
          params: { size: formatBytes(bytes), limit: formatBytes(LIMITS.maxTextBytes) },
        },
      },
    ],
    broken: true,
    parsedDocuments: 0,
  };
}

interface SegmentEntries {
  readonly namespace: string;
  readonly entries: readonly ResourceEntry[];
  readonly problems: readonly LocalProblem[];
}

// Entries are cached per parsed document, so an unchanged document keeps the same entry objects
// (and downstream caches keyed by them stay valid).
const entryCache = new WeakMap<ParsedSegment, SegmentEntries>();

function entriesOf(segment: ParsedSegment, namespace: string): SegmentEntries {
  const cached = entryCache.get(segment);
  if (cached?.namespace === namespace) return cached;
  const entries: ResourceEntry[] = [];
  const problems: LocalProblem[] = [...segment.problems];
  for (const item of segment.items) {
    const read = readEntry(segment, item, namespace);
    if ('problem' in read) problems.push(read.problem);
    else entries.push(read.entry);
  }
  const result = { namespace, entries, problems };
  entryCache.set(segment, result);
  return result;
}

function readEntry(
  segment: ParsedSegment,
  item: RawItem,
  defaultNamespace: string,
): { entry: ResourceEntry } | { problem: LocalProblem } {
  const { raw } = item;
  const apiVersion = raw['apiVersion'];
  const kind = raw['kind'];
  const metadata = raw['metadata'];
  const name =
    typeof metadata === 'object' && metadata !== null && Object.hasOwn(metadata, 'name')
      ? (metadata as Record<string, unknown>)['name']
      : undefined;
  const missing = (code: string, field: string, message: string): { problem: LocalProblem } => {
    const path = [...item.basePath, ...field.split('.')];
    return {
      problem: {
        severity: 'error',
        code,
        message,
        range: localRange(segment, path) ?? localRange(segment, item.basePath),
        params: { field },
        item: item.item,
        path: [field],
      },
    };
  };
  if (typeof apiVersion !== 'string' || apiVersion === '') {
    return missing(
      'MissingAPIVersion',
      'apiVersion',
      'apiVersion is required (for example gateway.networking.k8s.io/v1)',
    );
  }
  if (typeof kind !== 'string' || kind === '') {
    return missing('MissingKind', 'kind', 'kind is required (for example HTTPRoute)');
  }
  if (typeof name !== 'string' || name === '') {
    return missing('MissingName', 'metadata.name', 'metadata.name is required');
  }
  const group = groupOf(apiVersion);
  const namespaceField =
    typeof metadata === 'object' && metadata !== null && Object.hasOwn(metadata, 'namespace')
      ? (metadata as Record<string, unknown>)['namespace']
      : undefined;
  const namespace = isClusterScoped(group, kind)
    ? ''
    : typeof namespaceField === 'string' && namespaceField !== ''
      ? namespaceField
      : defaultNamespace;
  const id: ResourceId = { group, kind, namespace, name };
  const known = knownKind(group, kind);
  return {
    entry: {
      id,
      key: resourceKey(id),
      apiVersion,
      raw,
      resource: known ? readResource(raw, known) : undefined,
      segment,
      basePath: item.basePath,
    },
  };
}

function localRange(segment: ParsedSegment, path: FieldPath): LocalProblem['range'] {
  const node: unknown = segment.doc.getIn(path, true);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : null;
}

function toDiagnostic(problem: LocalProblem, start: number, segment: ParsedSegment): Diagnostic {
  const entry =
    problem.item === null ? undefined : segment.items.find((item) => item.item === problem.item);
  const resource = entry
    ? describe(entry.raw)
    : segment.items.length === 1 && segment.items[0]
      ? describe(segment.items[0].raw)
      : null;
  return {
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
    resource,
    path: problem.path ? formatPath(problem.path) : null,
    range: problem.range
      ? { start: start + problem.range.start, end: start + problem.range.end }
      : null,
    i18n: { key: problem.code, params: problem.params },
  };
}

function describe(raw: Readonly<Record<string, unknown>>): Diagnostic['resource'] {
  const metadata = raw['metadata'];
  const field = (key: string): string => {
    const value =
      typeof metadata === 'object' && metadata !== null && Object.hasOwn(metadata, key)
        ? (metadata as Record<string, unknown>)[key]
        : undefined;
    return typeof value === 'string' ? value : '';
  };
  const kind = raw['kind'];
  return {
    kind: typeof kind === 'string' ? kind : '',
    namespace: field('namespace'),
    name: field('name'),
  };
}

function duplicates(
  resources: readonly ResourceEntry[],
  documents: readonly WorkspaceDocument[],
): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const entry of resources) {
    if (!seen.has(entry.key)) {
      seen.add(entry.key);
      continue;
    }
    const start = documents.find((placed) => placed.segment === entry.segment)?.start ?? 0;
    const range = localRange(entry.segment, [...entry.basePath, 'metadata', 'name']);
    out.push({
      severity: 'warning',
      code: 'DuplicateResource',
      message: `${displayName(entry.id)} is defined more than once; kubectl apply would keep only the last definition`,
      resource: { kind: entry.id.kind, namespace: entry.id.namespace, name: entry.id.name },
      path: 'metadata.name',
      range: range ? { start: start + range.start, end: start + range.end } : null,
      i18n: { key: 'DuplicateResource', params: { resource: displayName(entry.id) } },
    });
  }
  return out;
}

// Line starts of each document's slice, kept with its parse (an edit re-parses only the documents
// it touches, so the others keep theirs), and the first line of each document per workspace.
const segmentLines = new WeakMap<ParsedSegment, LineIndex>();
const firstLines = new WeakMap<Workspace, readonly number[]>();
const lineIndexes = new WeakMap<Workspace, LineIndex>();

function linesOf(segment: ParsedSegment): LineIndex {
  let index = segmentLines.get(segment);
  if (!index) {
    index = createLineIndex(segment.source);
    segmentLines.set(segment, index);
  }
  return index;
}

function firstLinesOf(workspace: Workspace): readonly number[] {
  let lines = firstLines.get(workspace);
  if (!lines) {
    const out: number[] = [];
    let line = 0;
    for (const { segment } of workspace.documents) {
      out.push(line);
      line += linesOf(segment).length - 1;
    }
    firstLines.set(workspace, out);
    lines = out;
  }
  return lines;
}

/**
 * The 1-based line and column of an offset in the workspace text. Counted per document (the
 * documents' slices make up the text), so after an edit only the edited documents count again.
 *
 * @param workspace - The workspace.
 * @param offset - An offset in its text.
 */
export function lineColumnOf(workspace: Workspace, offset: number): LineColumn {
  const { documents } = workspace;
  const at = documentIndexAt(documents, offset);
  const document = documents[at];
  if (!document) {
    let index = lineIndexes.get(workspace);
    if (!index) {
      index = createLineIndex(workspace.text);
      lineIndexes.set(workspace, index);
    }
    return lineColumnAt(index, offset);
  }
  const local = lineColumnAt(linesOf(document.segment), offset - document.start);
  const line = (firstLinesOf(workspace)[at] ?? 0) + local.line;
  if (local.line > 1) return { line, column: local.column };
  // A document's first line may begin before it (a lone carriage return ends a document's line
  // but not a line here): its columns count from the line start in the text.
  const lineStart = offset === 0 ? 0 : workspace.text.lastIndexOf('\n', offset - 1) + 1;
  return { line, column: offset - lineStart + 1 };
}
