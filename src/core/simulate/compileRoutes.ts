import type { Attachment, BackendResolution } from '../attach/types.ts';
import { type ResourceId, resourceKey } from '../model/identity.ts';
import type { BackendObjectReference, LocalObjectReference } from '../model/references.ts';
import type { GRPCRoute } from '../model/grpcRoute.ts';
import type { HTTPRoute } from '../model/httpRoute.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import { type RouteCompilation, type RouteCompileContext, compileRoute } from './compileRoute.ts';
import type { CompiledRoute } from './compiledRoute.ts';
import { type AgeKey, parseTimestamp, sortRoutesByAge } from './precedence.ts';
import type { RouteRegexProblem } from './routeTable.ts';

/** The compiled HTTPRoutes and GRPCRoutes of a workspace, and the patterns RE2 rejects in them. */
export interface CompiledRoutes {
  /** Oldest first (A5). */
  readonly routes: readonly CompiledRoute[];
  readonly problems: readonly RouteRegexProblem[];
}

/** A question compiling a route asked, and the answer it got. */
type Question =
  | {
      readonly type: 'backend';
      readonly ref: BackendObjectReference;
      readonly answer: BackendResolution;
    }
  | {
      readonly type: 'extension';
      readonly namespace: string;
      readonly ref: LocalObjectReference;
      readonly answer: boolean;
    };

interface CachedCompilation {
  readonly order: number;
  readonly questions: readonly Question[];
  readonly compilation: RouteCompilation;
}

// A compiled route depends on its document, its rank by age, and the answers to the questions it
// asked while compiling: how each backendRef resolves and whether each ExtensionRef target exists.
// It is kept per route entry and reused while the rank is the same and every question gets the same
// answer again, so an edit of one route compiles that route only, and an edit elsewhere recompiles
// the routes it changes an answer for.
const cache = new WeakMap<ResourceEntry, CachedCompilation>();

/**
 * Compiles every HTTPRoute and GRPCRoute of a workspace, ranked by age (A5). Compilations are
 * cached per route, see above.
 *
 * @param workspace - The documents.
 * @param attachment - Their attachment model, which resolves backendRefs.
 * @returns The compiled routes, oldest first, and the patterns RE2 rejects.
 */
export function compileRoutes(workspace: Workspace, attachment: Attachment): CompiledRoutes {
  let existing: ReadonlySet<string> | undefined;
  const context: RouteCompileContext = {
    resolveBackend: (route, ref) => attachment.resolveBackend(route, ref),
    extensionExists: (namespace, ref) => {
      existing ??= new Set(workspace.resources.map((entry) => entry.key));
      return existing.has(
        resourceKey({ group: ref.group, kind: ref.kind, namespace, name: ref.name }),
      );
    },
  };
  const candidates: Candidate[] = [];
  for (const entry of workspace.resources) {
    const candidate = candidateOf(entry);
    if (candidate) candidates.push(candidate);
  }
  const routes: CompiledRoute[] = [];
  const problems: RouteRegexProblem[] = [];
  sortRoutesByAge(candidates).forEach(({ entry, resource, createdAt }, order) => {
    let compiled = reusable(entry, order, context);
    if (!compiled) {
      const questions: Question[] = [];
      compiled = compileRoute(entry, resource, order, createdAt, recording(context, questions));
      cache.set(entry, { order, questions, compilation: compiled });
    }
    routes.push(compiled.route);
    for (const problem of compiled.problems) problems.push({ entry, ...problem });
  });
  return { routes, problems };
}

/** An HTTPRoute or GRPCRoute to compile, with what its rank by age depends on. */
interface Candidate extends AgeKey {
  readonly entry: ResourceEntry;
  readonly resource: HTTPRoute | GRPCRoute;
}

// A candidate depends on its entry alone.
const candidateCache = new WeakMap<ResourceEntry, Candidate>();

function candidateOf(entry: ResourceEntry): Candidate | undefined {
  const resource = entry.resource;
  if (resource?.kind !== 'HTTPRoute' && resource?.kind !== 'GRPCRoute') return undefined;
  let candidate = candidateCache.get(entry);
  if (!candidate) {
    candidate = {
      entry,
      resource,
      createdAt: parseTimestamp(resource.metadata.creationTimestamp),
      name: `${entry.id.namespace}/${entry.id.name}`,
    };
    candidateCache.set(entry, candidate);
  }
  return candidate;
}

/** The cached compilation of a route, when its rank and every answer it depends on are unchanged. */
function reusable(
  entry: ResourceEntry,
  order: number,
  context: RouteCompileContext,
): RouteCompilation | undefined {
  const cached = cache.get(entry);
  if (cached?.order !== order) return undefined;
  for (const question of cached.questions) {
    const same =
      question.type === 'backend'
        ? sameResolution(context.resolveBackend(entry, question.ref), question.answer)
        : context.extensionExists(question.namespace, question.ref) === question.answer;
    if (!same) return undefined;
  }
  return cached.compilation;
}

/** The context, noting each question asked and its answer. */
function recording(context: RouteCompileContext, questions: Question[]): RouteCompileContext {
  return {
    resolveBackend: (route, ref) => {
      const answer = context.resolveBackend(route, ref);
      questions.push({ type: 'backend', ref, answer });
      return answer;
    },
    extensionExists: (namespace, ref) => {
      const answer = context.extensionExists(namespace, ref);
      questions.push({ type: 'extension', namespace, ref, answer });
      return answer;
    },
  };
}

/**
 * Whether two resolutions compile to the same backend. The attachment model hands out the same
 * objects while a route's decision is reused; after its decision is made again, equal fields
 * still let the compiled route be reused.
 */
function sameResolution(a: BackendResolution, b: BackendResolution): boolean {
  if (a === b) return true;
  if (a.valid && b.valid) {
    return sameTarget(a.service, b.service) && a.port === b.port;
  }
  if (!a.valid && !b.valid) {
    return (
      a.reason === b.reason &&
      a.message === b.message &&
      sameTarget(a.target, b.target) &&
      a.target.port === b.target.port
    );
  }
  return false;
}

function sameTarget(a: ResourceId, b: ResourceId): boolean {
  return (
    a.group === b.group && a.kind === b.kind && a.namespace === b.namespace && a.name === b.name
  );
}
