/**
 * The compiled form of the CRD schemas that `scripts/generateCrdSchemas.ts` writes into
 * `generated/crdSchemas.ts`: every OpenAPI v3 schema node of every served version, with
 * descriptions dropped and identical nodes stored once, so both channels fit in a small table
 * that a plain interpreter walks (no code generation at run time).
 */

/** A JSON value as a schema's `enum` and `default` hold it. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The OpenAPI types structural schemas use. */
export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';

/** The Gateway API release channels. */
export type Channel = 'standard' | 'experimental';

/**
 * One schema node. Children are indices into {@link SchemaData.nodes}; rules are indices into
 * {@link SchemaData.rules}.
 *
 * @see https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#specifying-a-structural-schema
 */
export interface SchemaNode {
  readonly type?: SchemaType;
  readonly nullable?: boolean;
  readonly properties?: Readonly<Record<string, number>>;
  readonly required?: readonly string[];
  /** The schema of map values; absent means the object has only the listed properties. */
  readonly additionalProperties?: number;
  readonly preserveUnknownFields?: boolean;
  readonly embeddedResource?: boolean;
  readonly intOrString?: boolean;
  readonly items?: number;
  readonly enum?: readonly JsonValue[];
  /** An RE2 pattern (the API server evaluates patterns with Go's regexp). */
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: boolean;
  readonly exclusiveMaximum?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly default?: JsonValue;
  readonly listType?: 'atomic' | 'set' | 'map';
  readonly listMapKeys?: readonly string[];
  readonly allOf?: readonly number[];
  readonly anyOf?: readonly number[];
  readonly oneOf?: readonly number[];
  readonly not?: number;
  readonly rules?: readonly number[];
}

/**
 * An `x-kubernetes-validations` rule, exactly as the CRD states it.
 *
 * @see https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#validation-rules
 */
export interface ValidationRule {
  readonly rule: string;
  readonly message?: string;
  readonly messageExpression?: string;
  readonly reason?: string;
  readonly fieldPath?: string;
  readonly optionalOldSelf?: boolean;
}

/** One version of a kind, as its CRD declares it. */
export interface KindVersion {
  readonly name: string;
  readonly served: boolean;
  readonly deprecated?: boolean;
  readonly deprecationWarning?: string;
  /** The root schema node. */
  readonly schema: number;
}

/** A kind the schemas cover: its CRD (or, for core v1, the hand-written schema). */
export interface KindSchema {
  readonly group: string;
  readonly kind: string;
  readonly scope: 'Namespaced' | 'Cluster';
  /** Whether `status` is a subresource (then the API server ignores `status` on create). */
  readonly statusSubresource: boolean;
  readonly versions: readonly KindVersion[];
}

/** The whole compiled table. */
export interface SchemaData {
  /** The Gateway API release the CRDs come from. */
  readonly bundleVersion: string;
  readonly nodes: readonly SchemaNode[];
  readonly rules: readonly ValidationRule[];
  readonly channels: Readonly<Record<Channel, readonly KindSchema[]>>;
}
