import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { isPlainObject } from '../../util/object.ts';
import type { FieldPath } from '../../yaml/fieldPath.ts';
import { keyText } from '../../yaml/sourceMap.ts';
import type { ResourceEntry } from '../../yaml/workspace.ts';
import type { Finding } from '../finding.ts';

/**
 * `YAML11Boolean`: unquoted words that YAML 1.1 reads as booleans (`yes`, `no`, `on`, `off`,
 * `y`, `n` in their spellings). Switchyard reads YAML 1.2, where they are strings; kubectl reads
 * YAML 1.1, where they become `true`/`false`, so what reaches the cluster differs from what the
 * editor shows (a label `enabled: on` is rejected as a non-string; a header value `yes` becomes
 * `true`).
 */

const truthy = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const falsy = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

function isYaml11Boolean(text: string): boolean {
  // Every such word has one to three letters; most strings are ruled out by their length.
  return text.length <= 3 && (truthy.has(text) || falsy.has(text));
}

/** Whether parsed data holds such a word anywhere (as a key or a string value). */
function mentionsYaml11Boolean(value: unknown): boolean {
  if (typeof value === 'string') return isYaml11Boolean(value);
  if (Array.isArray(value)) return value.some(mentionsYaml11Boolean);
  if (isPlainObject(value)) {
    return Object.keys(value).some(
      (key) => isYaml11Boolean(key) || mentionsYaml11Boolean(value[key]),
    );
  }
  return false;
}

/**
 * Finds the unquoted YAML 1.1 booleans of a resource. The comment-keeping parse of a document
 * (which tells plain from quoted scalars) is built only when the data contains such a word.
 *
 * @param entry - A resource.
 * @returns A warning per plain scalar (key or value) that kubectl would read as a boolean.
 */
export function yaml11BooleanFindings(entry: ResourceEntry): Finding[] {
  if (!mentionsYaml11Boolean(entry.raw)) return [];
  const { doc } = entry.segment;
  const root = doc.getIn(entry.basePath, true);
  const findings: Finding[] = [];
  const report = (text: string, path: FieldPath, isKey: boolean): void => {
    const reading = truthy.has(text) ? 'true' : 'false';
    const what = isKey ? `The key "${text}"` : `"${text}"`;
    findings.push({
      severity: 'warning',
      code: 'YAML11Boolean',
      message: `${what} is unquoted: kubectl reads YAML 1.1, where it is the boolean ${reading}, not the string "${text}"; quote it ('${text}') or write ${reading}`,
      path,
      params: { text, reading },
    });
  };
  // Aliases repeat their anchor's content, which is reported where it is written.
  const visit = (node: unknown, path: FieldPath): void => {
    if (isScalar(node)) {
      if (node.type === 'PLAIN' && typeof node.value === 'string' && isYaml11Boolean(node.value))
        report(node.value, path, false);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = keyText(pair.key);
        if (isScalar(pair.key) && pair.key.type === 'PLAIN' && isYaml11Boolean(key))
          report(key, [...path, key], true);
        visit(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        visit(item, [...path, i]);
      });
    }
  };
  visit(root, []);
  return findings;
}
