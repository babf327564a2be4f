/** One document's slice of a multi-document text. */
export interface Segment {
  /** Offset of the slice in the whole text. */
  readonly start: number;
  /** The slice: from its `---` marker (or the text start) to the next document's marker. */
  readonly source: string;
}

// A document marker is `---` or `...` at column 0 followed by a space, a tab or a line end.
// YAML forbids these at column 0 inside scalars and collections, and they end block scalars, so
// a line scan finds exactly the document boundaries the parser would.
const marker = /^(?:---|\.\.\.)(?=[ \t]|\r?\n|$)/gm;

/**
 * Splits a text into one slice per YAML document, so that an edit re-parses only the documents
 * it touches. Directives (`%YAML`) just before a marker go with the document they precede.
 *
 * @param text - The whole text.
 * @returns The slices in order; their sources joined give back `text`.
 */
export function splitDocuments(text: string): Segment[] {
  const cuts: number[] = [0];
  marker.lastIndex = 0;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    const last = cuts[cuts.length - 1] ?? 0;
    if (match[0] === '---') {
      const cut = directivesStart(text, match.index);
      if (cut > last && !onlyPrologue(text.slice(last, cut))) cuts.push(cut);
    } else {
      // After a document end marker `...`, the next document starts on the following line.
      const lineEnd = text.indexOf('\n', match.index);
      const cut = lineEnd < 0 ? text.length : lineEnd + 1;
      if (cut > last && cut < text.length) cuts.push(cut);
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    segments.push({ start, source: text.slice(start, end) });
  }
  return segments;
}

/** The start of the directive lines (`%…`) right before a marker at `offset`, or `offset`. */
function directivesStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0) {
    // The line before `start` (which is a line start): from the line end before it, if any.
    const lineStart = start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
    if (lineStart >= start || text[lineStart] !== '%') break;
    start = lineStart;
  }
  return start;
}

/**
 * Whether a slice holds only blank lines, comments, directives and at most a document end
 * marker: text before the first `---` that is not a document of its own.
 */
function onlyPrologue(slice: string): boolean {
  return !CONTENT_LINE.test(slice);
}

/** A line that is not blank, a comment, a directive or a document end marker. */
const CONTENT_LINE = /^(?![^\S\n]*(?:#|$)|%|\.\.\.(?:\s|$))/m;
