/**
 * Switchyard's core: the Gateway API model, the YAML workspace, validation, simulation, the
 * graph projection and commands. Pure TypeScript with no UI or DOM dependency; the browser, the
 * worker and the CLI import it from here only.
 */
export * from './attach/index.ts';
export * from './commands/index.ts';
export * from './diagnostics/diagnostic.ts';
export * from './graph/index.ts';
export * from './model/identity.ts';
export * from './model/resource.ts';
export type * from './model/core.ts';
export type * from './model/filters.ts';
export type * from './model/gateway.ts';
export type * from './model/grpcRoute.ts';
export type * from './model/httpRoute.ts';
export type * from './model/l4Route.ts';
export type * from './model/meta.ts';
export type * from './model/policy.ts';
export type * from './model/references.ts';
export * from './simulate/index.ts';
export * from './validate/index.ts';
export * from './yaml/fieldPath.ts';
export * from './yaml/format.ts';
export { LIMITS, formatBytes, utf8Length } from './yaml/limits.ts';
export * from './yaml/patch.ts';
export * from './yaml/sourceMap.ts';
export * from './yaml/textRange.ts';
export * from './yaml/workspace.ts';
export { assertNever } from './util/assertNever.ts';
