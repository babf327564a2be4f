import { type Document, isMap, isNode, isPair, isSeq, parseDocument } from 'yaml';
import type { Severity } from '../diagnostics/diagnostic.ts';
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
 * @param source - The slice of one document (with its `---` marker, if any).
 * @returns The parsed document.
 */
export function parseSegment(source: string): ParsedSegment {
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

  const data: unknown = doc.toJS({ maxAliasCount: -1 });
  const items = readItems(doc, data, problems);
  return { source, doc, data, items, problems, broken: false };
}

function readItems(doc: Document.Parsed, data: unknown, problems: LocalProblem[]): RawItem[] {
  const contents = doc.contents;
  if (data === null || data === undefined) return [];
  if (!isMap(contents) || !isRecord(data)) {
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
          nodeRange(doc.getIn(['items'], true)),
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
            nodeRange(doc.getIn(['items', index], true)),
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
