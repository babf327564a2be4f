/**
 * A document's text cut into lines with their indentation, for {@link locateInBlockYaml}.
 */

/** One line of a document. */
export interface SourceLine {
  /** Offset of the line's first character in the document. */
  readonly start: number;
  /** Offset just after the line's last non-space character. */
  readonly end: number;
  /** Leading spaces, or -1 when the indentation holds a tab (not read by the fast locator). */
  readonly indent: number;
  /** The line without its indentation and trailing spaces. */
  readonly text: string;
}

/**
 * Cuts a document into lines.
 *
 * @param source - The document's text.
 * @returns Its lines.
 */
export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  while (start <= source.length) {
    let next = source.indexOf('\n', start);
    if (next < 0) next = source.length;
    let end = next;
    while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
    let first = start;
    while (first < end && source.charCodeAt(first) === 0x20) first++;
    const indent = source.charCodeAt(first) === 0x09 ? -1 : first - start;
    lines.push({ start, end, indent, text: source.slice(first, end) });
    start = next + 1;
  }
  return lines;
}

// Space, tab and the carriage return of CRLF line ends.
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}

/**
 * Whether a line holds no content: blank, or only a comment.
 *
 * @param line - A line.
 */
export function isBlank(line: SourceLine): boolean {
  return line.text === '' || line.text.startsWith('#');
}

/**
 * The end of a one-line scalar that starts at `from` in a line: before a ` #` comment, and
 * after the closing quote of a quoted scalar.
 *
 * @param line - The line.
 * @param from - The scalar's start offset in the document.
 * @returns The end offset, or undefined when a quoted scalar does not close on this line.
 */
export function scalarEnd(line: SourceLine, from: number): number | undefined {
  const text = line.text;
  const at = from - (line.end - text.length);
  const quote = text[at];
  if (quote === '"' || quote === "'") {
    for (let i = at + 1; i < text.length; i++) {
      const char = text[i];
      if (quote === '"' && char === '\\') i++;
      else if (char === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else return from + (i - at) + 1;
      }
    }
    return undefined;
  }
  const comment = text.indexOf(' #', at);
  if (comment < 0) return line.end;
  let end = comment;
  while (end > at && text[end - 1] === ' ') end--;
  return from + (end - at);
}
