import { createDictionary, isPlainObject } from '../util/object.ts';

/**
 * A tolerant reader from untrusted data (parsed YAML) to a typed record. It keeps what has the
 * right type and drops the rest; reporting is the validator's job, which reads the raw data.
 * Arrays keep their indices (an unreadable object item becomes `{}`), so `spec.rules[3]` in the
 * typed record is `spec.rules[3]` in the text.
 */
export interface Shape<T> {
  /** Reads a value; undefined when the value cannot be read as T. */
  readonly read: (value: unknown) => T | undefined;
  /** What an unreadable array item becomes, so that later items keep their index. */
  readonly placeholder?: () => T;
}

interface Field<T, Required extends boolean> {
  readonly shape: Shape<T>;
  readonly required: Required;
  readonly fallback: T | undefined;
}

type AnyField = Field<unknown, boolean>;
type FieldType<F> = F extends Field<infer T, boolean> ? T : never;
type RequiredKeys<F> = { [K in keyof F]: F[K] extends Field<unknown, true> ? K : never }[keyof F];
type OptionalKeys<F> = Exclude<keyof F, RequiredKeys<F>>;

/** The record type an object shape reads. */
export type ObjectOf<F> = {
  readonly [K in RequiredKeys<F>]: FieldType<F[K]>;
} & {
  readonly [K in OptionalKeys<F>]?: FieldType<F[K]>;
};

/** A string. */
export const str: Shape<string> = {
  read: (value) => (typeof value === 'string' ? value : undefined),
};

/** A finite number. */
export const num: Shape<number> = {
  read: (value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined),
};

/** An integer. */
export const int: Shape<number> = {
  read: (value) => (typeof value === 'number' && Number.isInteger(value) ? value : undefined),
};

/** A boolean. */
export const bool: Shape<boolean> = {
  read: (value) => (typeof value === 'boolean' ? value : undefined),
};

/** A string or an integer (Kubernetes `IntOrString`, such as a Service `targetPort`). */
export const intOrString: Shape<number | string> = {
  read: (value) =>
    typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))
      ? value
      : undefined,
};

/** Any value, kept as it is. */
export const anything: Shape<unknown> = { read: (value) => value };

/**
 * An optional field.
 *
 * @param shape - How to read the field's value.
 */
export function opt<T>(shape: Shape<T>): Field<T, false> {
  return { shape, required: false, fallback: undefined };
}

/**
 * A required field: when it is missing or unreadable, the record gets `fallback` (the resource
 * is then invalid, which the validator reports).
 *
 * @param shape - How to read the field's value.
 * @param fallback - The value used when the field cannot be read.
 */
export function req<T>(shape: Shape<T>, fallback: T): Field<T, true> {
  return { shape, required: true, fallback };
}

/**
 * A list. Unreadable items are dropped unless the item shape has a placeholder.
 *
 * @param item - How to read each item.
 */
export function arrayOf<T>(item: Shape<T>): Shape<readonly T[]> {
  return {
    read(value) {
      if (!Array.isArray(value)) return undefined;
      const out: T[] = [];
      for (const element of value as readonly unknown[]) {
        const read = item.read(element);
        if (read !== undefined) out.push(read);
        else if (item.placeholder) out.push(item.placeholder());
      }
      return out;
    },
  };
}

/**
 * A map from string keys (labels, annotations). The result has no prototype, so a key such as
 * `__proto__` stays plain data.
 *
 * @param item - How to read each value; unreadable entries are dropped.
 */
export function recordOf<T>(item: Shape<T>): Shape<Readonly<Record<string, T>>> {
  return {
    read(value) {
      if (!isPlainObject(value)) return undefined;
      const out = createDictionary<T>();
      for (const key of Object.keys(value)) {
        const read = item.read(value[key]);
        if (read !== undefined) out[key] = read;
      }
      return out;
    },
  };
}

/**
 * An object with known fields; other fields are not part of the typed record (they stay in the
 * raw data and in the text).
 *
 * @param fields - The fields, made with {@link opt} and {@link req}.
 */
export function obj<F extends Readonly<Record<string, AnyField>>>(fields: F): Shape<ObjectOf<F>> {
  const entries = Object.entries(fields);
  const readObject = (value: unknown): ObjectOf<F> | undefined => {
    if (!isPlainObject(value)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [key, field] of entries) {
      const read = Object.hasOwn(value, key) ? field.shape.read(value[key]) : undefined;
      if (read !== undefined) out[key] = read;
      else if (field.required) out[key] = field.fallback;
    }
    return out as ObjectOf<F>;
  };
  return {
    read: readObject,
    placeholder: () => readObject({}) as ObjectOf<F>,
  };
}

/**
 * One of a fixed set of strings (an enum of the API); other values are dropped.
 *
 * @param values - The allowed values.
 */
export function oneOf<const T extends string>(...values: readonly T[]): Shape<T> {
  const allowed = new Set<string>(values);
  return {
    read: (value) => (typeof value === 'string' && allowed.has(value) ? (value as T) : undefined),
  };
}

/**
 * One of a fixed set of integers (such as a redirect status code); other values are dropped.
 *
 * @param values - The allowed values.
 */
export function oneOfNumbers<const T extends number>(...values: readonly T[]): Shape<T> {
  const allowed = new Set<number>(values);
  return {
    read: (value) => (typeof value === 'number' && allowed.has(value) ? (value as T) : undefined),
  };
}
