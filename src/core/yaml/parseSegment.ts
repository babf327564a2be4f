import {
  type Document,
  type Pair,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
} from 'yaml';
import type { Severity } from '../diagnostics/diagnostic.ts';
import { mayShareObjects, readDocumentsFast } from './fastRead.ts';
import type { FieldPath } from './fieldPath.ts';
import { inspectNodes } from './inspectNodes.ts';
import { LIMITS } from './limits.ts';
import type { TextRange } from './textRange.ts';

/** Options every document is parsed with. Merge keys (`<<`) are on because kubectl applies them. */
export const PARSE_OPTIONS = {
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

/** A finding about one document, with a range relative to the document's slice. */
export interface LocalProblem {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly range: TextRange | null;
  readonly params: Readonly<Record<string, string | number>>;
  /** Which item of a `kind: List` document it concerns, or null for the document. */
  readonly item: number | null;
  readonly path: FieldPath | null;
}

/** A resource found in a document: its raw data and where it sits in the document. */
export interface RawItem {
  readonly raw: Readonly<Record<string, unknown>>;
  /** `[]` for a document that is one resource, `['items', i]` inside a `kind: List`. */
  readonly basePath: FieldPath;
  /** Index in `items` for a List, or null. */
  readonly item: number | null;
}

/** One parsed document of the workspace: the `yaml` Document with its data and findings. */
export interface ParsedSegment {
  readonly source: string;
  /** The document; ranges in it are relative to `source`. */
  readonly doc: Document.Parsed;
  /** The document's data (undefined when it has errors or is unsafe to convert). */
  readonly data: unknown;
  /** The resources it holds (none when it has errors). */
  readonly items: readonly RawItem[];
  readonly problems: readonly LocalProblem[];
  /** True when the text has syntax errors or cannot safely become data. */
  readonly broken: boolean;
}

/**
 * Parses one document's slice. Never throws: syntax errors, alias bombs, cycles, excessive depth
 * and non-resource documents become problems with their place in the text.
 *
 * NOTE: the data of a well-formed document is read by js-yaml, which is several times faster
 * than the comment-keeping parser; the `yaml` Document (ranges, comments, what patches edit) is
 * built only when something asks for it. Any document js-yaml refuses, or whose data is unsafe,
 * is parsed by `yaml` right away, so its findings come from one parser with exact places.
 *
 * @param source - The slice of one document (with its `---` marker, if any).
 * @returns The parsed document.
 */
export function parseSegment(source: string, preloaded?: PreloadedData): ParsedSegment {
  const fast = preloaded
    ? !preloaded.shared || isSafeData(preloaded.data)
      ? preloaded.data
      : undefined
    : readFast(source);
  if (fast === undefined) return parseWithAst(source);
  let doc: Document.Parsed | undefined;
  const getDoc = (): Document.Parsed => (doc ??= parseDocument(source, PARSE_OPTIONS));
  const problems: LocalProblem[] = [];
  const items = readItems(getDoc, fast, problems);
  return {
    source,
    get doc() {
      return getDoc();
    },
    data: fast,
    items,
    problems,
    broken: false,
  };
}

/** A document's data read ahead, and whether it may share objects (see `mayShareObjects`). */
export interface PreloadedData {
  readonly data: unknown;
  readonly shared: boolean;
}

/**
 * Reads the data of every document of a text in one js-yaml pass (much faster than one call per
 * document), matched to the document slices.
 *
 * @param text - The whole text.
 * @param sources - Its document slices, as {@link splitDocuments} cut them.
 * @returns One data value per slice, or undefined when the text does not read cleanly (then each
 *   slice is parsed on its own, which finds the problems and their places).
 */
export function preloadDocuments(
  text: string,
  sources: readonly string[],
): PreloadedData[] | undefined {
  const documents = readDocumentsFast(text);
  if (!documents) return undefined;
  const shared = mayShareObjects(text);
  const out: PreloadedData[] = [];
  let next = 0;
  for (const source of sources) {
    // A slice with no `---` marker and nothing but comments holds no document for js-yaml.
    if (!/^(?:%.*\r?\n)*---(?:[ \t]|\r?\n|$)/.test(source) && onlyComments(source)) {
      out.push({ data: null, shared: false });
      continue;
    }
    if (next >= documents.length) return undefined;
    out.push({ data: documents[next++] ?? null, shared });
  }
  return next === documents.length ? out : undefined;
}

/** The document's data by js-yaml, or undefined when it refuses the text or the data is unsafe. */
function readFast(source: string): unknown {
  const documents = readDocumentsFast(source);
  if (!documents || documents.length > 1) return undefined;
  const data = documents[0] ?? null;
  return !mayShareObjects(source) || isSafeData(data) ? data : undefined;
}

/**
 * Whether parsed data is a tree of bounded size: js-yaml shares one object among the aliases of
 * an anchor, so an alias bomb is small data that explodes in any walk over it. Counts alias
 * expansions (each repeated visit of an object) and expanded depth, and finds cycles.
 */
function isSafeData(data: unknown): boolean {
  const memo = new Map<object, { expansions: number; depth: number }>();
  const active = new Set<object>();
  const visit = (value: unknown): { expansions: number; depth: number } | null => {
    if (typeof value !== 'object' || value === null) return { expansions: 0, depth: 0 };
    if (active.has(value)) return null;
    const known = memo.get(value);
    if (known) return { expansions: known.expansions + 1, depth: known.depth };
    active.add(value);
    let expansions = 0;
    let depth = 0;
    for (const child of Object.values(value)) {
      const inner = visit(child);
      if (!inner) return null;
      expansions += inner.expansions;
      depth = Math.max(depth, inner.depth);
      if (expansions > LIMITS.maxAliasExpansions || depth >= LIMITS.maxDepth) return null;
    }
    active.delete(value);
    const result = { expansions, depth: depth + 1 };
    memo.set(value, result);
    return result;
  };
  return visit(data) !== null;
}

function onlyComments(source: string): boolean {
  return source.split('\n').every((line) => /^\s*(?:#.*)?$/.test(line));
}

function parseWithAst(source: string): ParsedSegment {
  const doc = parseDocument(source, PARSE_OPTIONS);
  const problems: LocalProblem[] = [];
  for (const error of doc.errors) {
    problems.push(
      problem('error', 'YAMLSyntax', firstLine(error.message), rangeOf(error.pos), {
        detail: error.code,
      }),
    );
  }
  for (const warning of doc.warnings) {
    const isTag = warning.code === 'TAG_RESOLVE_FAILED';
    problems.push(
      problem(
        'warning',
        isTag ? 'YAMLUnknownTag' : 'YAMLWarning',
        isTag
          ? `${firstLine(warning.message)}; the value is read as a plain string`
          : firstLine(warning.message),
        rangeOf(warning.pos),
        {},
      ),
    );
  }
  if (doc.errors.length > 0)
    return { source, doc, data: undefined, items: [], problems, broken: true };

  const hazard = inspectNodes(doc);
  if (hazard) {
    const range = nodeRange(hazard.node);
    switch (hazard.kind) {
      case 'aliasBomb':
        problems.push(
          problem(
            'error',
            'YAMLAliasLimit',
            `YAML aliases here would expand more than ${LIMITS.maxAliasExpansions} times; this looks like an alias bomb ("billion laughs"), so the document is not read`,
            range,
            { limit: LIMITS.maxAliasExpansions },
          ),
        );
        break;
      case 'aliasCycle':
        problems.push(
          problem(
            'error',
            'YAMLAliasCycle',
            'This alias refers to a node that contains it, which would never end',
            range,
            {},
          ),
        );
        break;
      case 'tooDeep':
        problems.push(
          problem(
            'error',
            'YAMLTooDeep',
            `Collections are nested more than ${LIMITS.maxDepth} levels deep`,
            range,
            {
              limit: LIMITS.maxDepth,
            },
          ),
        );
        break;
    }
    return { source, doc, data: undefined, items: [], problems, broken: true };
  }

  const merge = badMerge(doc);
  if (merge) {
    problems.push(
      problem(
        'error',
        'YAMLMerge',
        'A merge key (<<) takes a mapping, an alias of one, or a list of them',
        nodeRange(merge),
        {},
      ),
    );
    return { source, doc, data: undefined, items: [], problems, broken: true };
  }
  const data: unknown = doc.toJS({ maxAliasCount: -1 });
  const items = readItems(() => doc, data, problems);
  return { source, doc, data, items, problems, broken: false };
}

/** The first merge key (`<<`) whose value cannot be merged (`toJS` would throw), or null. */
function badMerge(doc: Document.Parsed): Pair | null {
  const resolved = (node: unknown) => (isAlias(node) ? node.resolve(doc) : node);
  const mergeable = (node: unknown) => isMap(resolved(node));
  let found: Pair | null = null;
  visit(doc, {
    Pair(_, pair) {
      // `yaml` reads a plain `<<` key as a symbol when merge keys are on.
      if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol') return undefined;
      const value = resolved(pair.value);
      if (isSeq(value) ? value.items.every(mergeable) : mergeable(value)) return undefined;
      found = pair;
      return visit.BREAK;
    },
  });
  return found;
}

function readItems(
  getDoc: () => Document.Parsed,
  data: unknown,
  problems: LocalProblem[],
): RawItem[] {
  if (data === null || data === undefined) return [];
  if (!isRecord(data)) {
    const contents = getDoc().contents;
    const what = isSeq(contents) ? 'a list' : 'a single value';
    problems.push(
      problem(
        'error',
        'NotAResource',
        `A document must be a mapping (a Kubernetes resource), but this one is ${what}`,
        nodeRange(contents),
        { found: what },
      ),
    );
    return [];
  }
  if (data['kind'] === 'List' && Object.hasOwn(data, 'items')) {
    const listItems = data['items'];
    if (!Array.isArray(listItems)) {
      problems.push(
        problem(
          'error',
          'NotAResource',
          'The items of a List must be a list of resources',
          nodeRange(getDoc().getIn(['items'], true)),
          {},
        ),
      );
      return [];
    }
    const out: RawItem[] = [];
    (listItems as readonly unknown[]).forEach((item, index) => {
      if (isRecord(item)) out.push({ raw: item, basePath: ['items', index], item: index });
      else {
        problems.push({
          ...problem(
            'error',
            'NotAResource',
            'Each item of a List must be a mapping (a Kubernetes resource)',
            nodeRange(getDoc().getIn(['items', index], true)),
            {},
          ),
          item: index,
        });
      }
    });
    return out;
  }
  return [{ raw: data, basePath: [], item: null }];
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problem(
  severity: Severity,
  code: string,
  message: string,
  range: TextRange | null,
  params: Readonly<Record<string, string | number>>,
): LocalProblem {
  return { severity, code, message, range, params, item: null, path: null };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

function rangeOf(pos: readonly [number, number]): TextRange {
  return { start: pos[0], end: Math.max(pos[1], pos[0]) };
}

/**
 * The text range of an AST node (value range, without trailing comments), or null.
 *
 * @param node - A node, a pair, or anything else.
 */
export function nodeRange(node: unknown): TextRange | null {
  if (isPair(node)) {
    const key = nodeRange(node.key);
    const value = nodeRange(node.value);
    if (key && value) return { start: key.start, end: value.end };
    return key ?? value;
  }
  if (isNode(node) && node.range) {
    const [start, valueEnd] = node.range;
    return { start, end: Math.max(start, valueEnd) };
  }
  return null;
}
