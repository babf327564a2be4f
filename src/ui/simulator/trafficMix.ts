import {
  type HeaderField,
  type RequestEntry,
  type TrafficTemplate,
  parseHeaderLine,
  parseRequestLine,
} from '../../core/index.ts';

/** What is wrong with a line of the traffic mix (1-based line number, and the core's detail). */
export interface MixProblem {
  readonly line: number;
  readonly detail: string;
}

/** The mix as templates for a traffic run, or the first line that does not read. */
export type ParsedMix =
  | { readonly ok: true; readonly templates: readonly TrafficTemplate[] }
  | { readonly ok: false; readonly problem: MixProblem };

const weightPrefix = /^(\d+(?:\.\d+)?)\s*[x×*]?\s+(.*)$/i;

/**
 * Reads the traffic mix: one kind of request per line, written as
 * `[<share>] <METHOD> <URL> [| <Header>: <value>]… [| via <namespace>/<gateway> | from <namespace>]`.
 * The share is relative (default 1); `via` sends the line through a Gateway and `from` makes it a
 * mesh call from that namespace's workloads, otherwise the line enters where the composer's
 * request does. Blank lines and lines starting with `#` are skipped.
 *
 * @param text - The mix.
 * @param entry - Where lines without `via` or `from` enter.
 * @returns The templates (empty when the mix has no lines), or the first problem.
 * @example
 * parseMix('9 GET http://www.example.com/\n1 GET http://www.example.com/ | x-canary: true', entry)
 */
export function parseMix(text: string, entry: RequestEntry): ParsedMix {
  const templates: TrafficTemplate[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = (lines[index] ?? '').trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const parsed = parseMixLine(raw, entry);
    if ('detail' in parsed)
      return { ok: false, problem: { line: index + 1, detail: parsed.detail } };
    templates.push(parsed);
  }
  return { ok: true, templates };
}

function parseMixLine(
  raw: string,
  defaultEntry: RequestEntry,
): TrafficTemplate | { readonly detail: string } {
  const [head = '', ...parts] = raw.split('|').map((part) => part.trim());
  const weighted = weightPrefix.exec(head);
  const weight = weighted?.[1] === undefined ? 1 : Number(weighted[1]);
  const requestText = weighted?.[2] ?? head;
  const headers: HeaderField[] = [];
  let entry = defaultEntry;
  for (const part of parts) {
    const via = /^via\s+([^/\s]+)\/(\S+)$/i.exec(part);
    const from = /^from\s+(\S+)$/i.exec(part);
    if (via?.[1] && via[2]) entry = { kind: 'gateway', namespace: via[1], name: via[2] };
    else if (from?.[1]) entry = { kind: 'mesh', from: from[1] };
    else {
      const header = parseHeaderLine(part);
      if (!header.ok) return { detail: header.error };
      headers.push(header.header);
    }
  }
  const parsed = parseRequestLine(requestText, headers, entry);
  if (!parsed.ok) return { detail: parsed.error };
  return { request: parsed.request, weight };
}
