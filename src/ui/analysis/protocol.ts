import type { Channel, Diagnostic } from '../../core/index.ts';

export type { Channel };

/** Fingerprints of the results the page holds, so the worker need not send them again. */
export interface KnownResults {
  readonly problems: string;
  readonly statuses: string;
}

/** A request to the analysis worker: the whole text at one revision of the document. */
export interface AnalysisRequest {
  readonly revision: number;
  readonly text: string;
  readonly channel: Channel;
  /** What the page holds now (null: nothing yet). */
  readonly known: KnownResults | null;
}

/** A place in the text: 1-based line and column (UTF-16 units, as the editor counts them). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** A diagnostic with what the interface needs to show it and go to it. */
export interface Problem {
  readonly diagnostic: Diagnostic;
  /** Where its range starts and ends in the text it was found in; null when it has no place. */
  readonly start: TextPosition | null;
  readonly end: TextPosition | null;
  /** The key of the resource it concerns (for selecting it on the canvas), when it is known. */
  readonly resourceKey: string | null;
}

/** The status a conformant controller would write for one resource, as the validator computed it. */
export interface ComputedStatus {
  readonly resourceKey: string;
  readonly status: unknown;
}

/** The worker's answer for one revision. */
export type AnalysisResponse =
  | {
      readonly ok: true;
      readonly revision: number;
      readonly channel: Channel;
      /** The problems, or null when they are the ones the request said the page holds. */
      readonly problems: readonly Problem[] | null;
      /** Equal for equal lists of problems. */
      readonly problemsFingerprint: string;
      /** The computed statuses, or null when they are the ones the page holds or `statusChanges` says what changed. */
      readonly statuses: readonly ComputedStatus[] | null;
      /**
       * What changed since the statuses the page holds (`base`, their fingerprint): after an edit,
       * most resources keep their status, and a large set's statuses are megabytes.
       */
      readonly statusChanges: StatusChanges | null;
      readonly statusesFingerprint: string;
      /** How long the analysis took in the worker (ms). */
      readonly durationMs: number;
    }
  | {
      readonly ok: false;
      readonly revision: number;
      readonly channel: Channel;
      /** Why the analysis failed (a defect, never the user's text). */
      readonly error: string;
    };

/** The statuses that changed since a set the page holds. */
export interface StatusChanges {
  /** The fingerprint of the statuses these changes apply to. */
  readonly base: string;
  readonly changed: readonly ComputedStatus[];
  /** Keys of resources that no longer have a status. */
  readonly removed: readonly string[];
}
