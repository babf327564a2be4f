import type { HTTPHeaderFilter } from '../../model/filters.ts';
import { type Phrase, phrase } from '../stepText.ts';

/**
 * Applies a RequestHeaderModifier or ResponseHeaderModifier (D1): `set` replaces every value,
 * `add` appends to an existing value (`old,new`), `remove` deletes. Names are case-insensitive.
 * The spec permits one action per header name, so the order set, add, remove only matters for
 * configurations the API rejects.
 *
 * @param headers - Headers by lower-case name; changed in place.
 * @param filter - The modifier.
 * @returns A short description of each change, for the explanation.
 */
export function modifyHeaders(headers: Map<string, string>, filter: HTTPHeaderFilter): Phrase[] {
  const changes: Phrase[] = [];
  for (const { name, value } of filter.set ?? []) {
    headers.set(name.toLowerCase(), value);
    changes.push(phrase('simulate.part.headerSet', { name, value }));
  }
  for (const { name, value } of filter.add ?? []) {
    const key = name.toLowerCase();
    const previous = headers.get(key);
    headers.set(key, previous === undefined ? value : `${previous},${value}`);
    changes.push(phrase('simulate.part.headerAdd', { name, value }));
  }
  for (const name of filter.remove ?? []) {
    headers.delete(name.toLowerCase());
    changes.push(phrase('simulate.part.headerRemove', { name }));
  }
  return changes;
}
