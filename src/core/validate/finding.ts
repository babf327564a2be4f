import type { Severity } from '../diagnostics/diagnostic.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';

/**
 * A finding about one resource before it is placed in the text: a diagnostic without its
 * resource and range. Findings are cached per resource entry; ranges are computed for the
 * current text each time.
 */
export interface Finding {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  /** The field path in the resource, or null for the resource as a whole. */
  readonly path: FieldPath | null;
  /** The parameters of the message, for the interface's translations (key = code). */
  readonly params: Readonly<Record<string, string | number>>;
}
