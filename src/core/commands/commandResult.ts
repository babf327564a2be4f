import type { ResourceId } from '../model/identity.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { Patch } from '../yaml/patch.ts';

/** What the interface selects after a command: a resource, or a field of it. */
export interface Selection {
  readonly target: ResourceId;
  /** `[]` for the resource itself. */
  readonly path: FieldPath;
}

/** A follow-up the interface may offer after a command, as another command with its arguments. */
export interface CommandOffer {
  readonly command: 'addReferenceGrantFor' | 'setField';
  /** The arguments to call that command with (on the workspace after this command's patches). */
  readonly args: Readonly<Record<string, unknown>>;
  /** What the offer does, for a person. */
  readonly message: string;
}

/** A command that applies: the patches (one undoable change) and what to select afterwards. */
export interface CommandSuccess {
  readonly patches: readonly Patch[];
  readonly select?: Selection;
  /** What happened, when it is more than the command's name says (e.g. references removed). */
  readonly message?: string;
  readonly offers?: readonly CommandOffer[];
}

/** One value a person can pick to complete a command (e.g. one port of a Service). */
export interface CommandChoice {
  /** The argument the value goes into. */
  readonly arg: string;
  readonly value: string | number;
  readonly label: string;
}

/** A command that does not apply, and why, in words a person understands. */
export interface CommandFailure {
  readonly error: string;
  /** When the command needs one more choice, the values to choose from. */
  readonly choices?: readonly CommandChoice[];
}

/**
 * The result of every command: patches for `applyPatches`, or an error (style.md "Data and
 * changes").
 */
export type CommandResult = CommandSuccess | CommandFailure;

/**
 * Whether a command result is a failure.
 *
 * @param result - A command's result.
 */
export function isCommandFailure(result: CommandResult): result is CommandFailure {
  return 'error' in result;
}
