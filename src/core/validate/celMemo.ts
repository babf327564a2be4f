/**
 * Keys for remembering CEL results. A CRD rule reads nothing but `self`, so its result is a
 * function of `self`'s content: small values that repeat across resources (a path match
 * `{type: PathPrefix, value: /}`, a backendRef) are evaluated once.
 */

const MAX_LEAVES = 16;
const MAX_LENGTH = 200;

interface KeyState {
  out: string;
  leaves: number;
}

/**
 * A text equal for equal CEL values (strings length-prefixed, so no two values share a key), or
 * undefined when the value is too large to be worth remembering.
 *
 * @param value - A CEL value (BigInt, number, string, boolean, null, list, Map or plain object).
 */
export function celKey(value: unknown): string | undefined {
  const state: KeyState = { out: '', leaves: 0 };
  return append(state, value) && state.out.length <= MAX_LENGTH ? state.out : undefined;
}

function append(state: KeyState, value: unknown): boolean {
  if (++state.leaves > MAX_LEAVES || state.out.length > MAX_LENGTH) return false;
  switch (typeof value) {
    case 'string':
      state.out += `s${value.length}:${value}`;
      return true;
    case 'bigint':
      state.out += `i${value};`;
      return true;
    case 'number':
      state.out += `d${value};`;
      return true;
    case 'boolean':
      state.out += value ? 't' : 'f';
      return true;
    case 'object':
      if (value !== null) return appendCollection(state, value);
      state.out += 'n';
      return true;
    case 'undefined':
    case 'function':
    case 'symbol':
      return false;
  }
}

function appendCollection(state: KeyState, value: object): boolean {
  if (Array.isArray(value)) {
    state.out += `[${value.length}:`;
    for (const item of value) if (!append(state, item)) return false;
    return true;
  }
  if (value instanceof Map) {
    state.out += `{${value.size}:`;
    for (const [key, item] of value)
      if (!append(state, String(key)) || !append(state, item)) return false;
    return true;
  }
  const keys = Object.keys(value);
  state.out += `{${keys.length}:`;
  for (const key of keys) {
    if (!append(state, key) || !append(state, (value as Record<string, unknown>)[key]))
      return false;
  }
  return true;
}
