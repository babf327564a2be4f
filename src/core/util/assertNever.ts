/**
 * Marks a branch that the type checker proves unreachable (the default of an exhaustive switch).
 *
 * @param value - The value that has type `never` when every case is handled.
 * @returns Never; it throws if reached at run time, which means a type was widened without
 *   updating the switch.
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
