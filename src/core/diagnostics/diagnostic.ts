import type { TextRange } from '../yaml/textRange.ts';

/** How serious a finding is. `error` means a cluster would reject or ignore something. */
export type Severity = 'error' | 'warning' | 'info';

/** The resource a diagnostic concerns, as `contract.md` prints it. */
export interface DiagnosticResource {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

/**
 * A finding about the documents: what is wrong, where, and how serious it is. Every finding of
 * the parser, the validator and the status computation has this form.
 */
export interface Diagnostic {
  readonly severity: Severity;
  /** `YAMLSyntax`, `SchemaViolation`, `CELViolation`, a Gateway API condition reason, or a code of the project's own. */
  readonly code: string;
  /** The English message (CEL messages are the rule's own text). */
  readonly message: string;
  readonly resource: DiagnosticResource | null;
  /** The field path in the resource (`spec.rules[0].matches[1].path.value`), or null. */
  readonly path: string | null;
  /** Where in the workspace text, as absolute offsets; null when it has no place. */
  readonly range: TextRange | null;
  /** A message id and its parameters, so the interface can show the message in its language. */
  readonly i18n?: {
    readonly key: string;
    readonly params: Readonly<Record<string, string | number>>;
  };
}

/**
 * Sorts diagnostics by position, then severity: the order a person reads them in.
 *
 * @param diagnostics - Diagnostics in any order.
 * @returns A new sorted array.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...diagnostics].sort(
    (a, b) =>
      (a.range?.start ?? Number.MAX_SAFE_INTEGER) - (b.range?.start ?? Number.MAX_SAFE_INTEGER) ||
      rank[a.severity] - rank[b.severity],
  );
}
