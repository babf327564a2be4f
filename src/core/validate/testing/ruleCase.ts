import type { Channel } from '../schemaData.ts';

/** A JSON value, as the cases write resource specs. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One CEL rule's test cases: a `spec` that breaks it and one that satisfies it. */
export interface RuleCase {
  readonly kind: 'HTTPRoute' | 'GRPCRoute' | 'Gateway' | 'ListenerSet';
  readonly channel: Channel;
  /** The rule's own message, which the failing case must produce exactly. */
  readonly message: string;
  readonly failing: Json;
  readonly passing: Json;
}
