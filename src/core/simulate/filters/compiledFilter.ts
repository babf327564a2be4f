import type {
  GRPCRouteFilter,
  HTTPCORSFilter,
  HTTPHeaderFilter,
  HTTPRequestRedirectFilter,
  HTTPRouteFilter,
  HTTPURLRewriteFilter,
} from '../../model/filters.ts';
import type { LocalObjectReference } from '../../model/references.ts';
import type { FieldPath } from '../../yaml/fieldPath.ts';
import type { CompiledBackend } from '../weights.ts';

/** A RequestMirror filter with its backend resolved. */
export interface CompiledMirror {
  readonly backend: CompiledBackend;
  /** Probability as a fraction: `percent/100`, `fraction`, or 100 % when neither is set (D4). */
  readonly numerator: number;
  readonly denominator: number;
  readonly edgeId: string;
}

/** A filter of a rule or backendRef, ready to apply. `path` is where it is written. */
export type CompiledFilter =
  | {
      readonly type: 'RequestHeaderModifier';
      readonly path: FieldPath;
      readonly headers: HTTPHeaderFilter;
    }
  | {
      readonly type: 'ResponseHeaderModifier';
      readonly path: FieldPath;
      readonly headers: HTTPHeaderFilter;
    }
  | {
      readonly type: 'RequestRedirect';
      readonly path: FieldPath;
      readonly redirect: HTTPRequestRedirectFilter;
    }
  | {
      readonly type: 'URLRewrite';
      readonly path: FieldPath;
      readonly rewrite: HTTPURLRewriteFilter;
    }
  | { readonly type: 'RequestMirror'; readonly path: FieldPath; readonly mirror: CompiledMirror }
  | { readonly type: 'CORS'; readonly path: FieldPath; readonly cors: HTTPCORSFilter }
  | {
      readonly type: 'ExtensionRef';
      readonly path: FieldPath;
      readonly ref: LocalObjectReference;
      /** Whether the referenced object exists in the route's namespace. */
      readonly resolved: boolean;
    }
  | { readonly type: 'ExternalAuth'; readonly path: FieldPath };

/** What compiling filters needs from the table being built. */
export interface FilterContext {
  /** Resolves a mirror's backendRef and gives it an edge id. */
  readonly mirrorBackend: (
    filter: HTTPRouteFilter | GRPCRouteFilter,
    filterIndex: number,
  ) => CompiledMirror | undefined;
  /** Whether an ExtensionRef target exists. */
  readonly extensionExists: (ref: LocalObjectReference) => boolean;
}

/**
 * Compiles a list of filters. A filter whose configuration block is missing (a CEL violation
 * the API server would reject) applies nothing.
 *
 * @param filters - The filters as written.
 * @param basePath - Field path of the `filters` list.
 * @param context - Backend and extension resolution.
 * @returns The filters in the order written, which is the order they run in.
 */
export function compileFilters(
  filters: readonly (HTTPRouteFilter | GRPCRouteFilter)[] | undefined,
  basePath: FieldPath,
  context: FilterContext,
): CompiledFilter[] {
  if (!filters) return [];
  const out: CompiledFilter[] = [];
  filters.forEach((filter, index) => {
    const path = [...basePath, index];
    const compiled = compileOne(filter, index, path, context);
    if (compiled) out.push(compiled);
  });
  return out;
}

function compileOne(
  filter: HTTPRouteFilter | GRPCRouteFilter,
  index: number,
  path: FieldPath,
  context: FilterContext,
): CompiledFilter | undefined {
  switch (filter.type) {
    case 'RequestHeaderModifier':
      return { type: filter.type, path, headers: filter.requestHeaderModifier ?? {} };
    case 'ResponseHeaderModifier':
      return { type: filter.type, path, headers: filter.responseHeaderModifier ?? {} };
    case 'RequestMirror': {
      const mirror = context.mirrorBackend(filter, index);
      return mirror ? { type: filter.type, path, mirror } : undefined;
    }
    case 'ExtensionRef': {
      const ref = filter.extensionRef ?? { group: '', kind: '', name: '' };
      return { type: filter.type, path, ref, resolved: context.extensionExists(ref) };
    }
    case 'RequestRedirect':
      return { type: filter.type, path, redirect: filter.requestRedirect ?? {} };
    case 'URLRewrite':
      return { type: filter.type, path, rewrite: filter.urlRewrite ?? {} };
    case 'CORS':
      return { type: filter.type, path, cors: filter.cors ?? {} };
    case 'ExternalAuth':
      return { type: filter.type, path };
  }
}
