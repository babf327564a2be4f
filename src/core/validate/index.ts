/**
 * The validator: the Gateway API v1.6.1 CRD schemas and their CEL rules (compiled ahead of time,
 * interpreted without code generation), references, attachment and status, the routing review,
 * and Switchyard's own reviewer warnings.
 */
export {
  DEFAULT_VALIDATION_OPTIONS,
  type ValidatedResource,
  type ValidationOptions,
  type ValidationReport,
  validate,
} from './validate.ts';
export type { Channel } from './schemaData.ts';
