import type { CompiledGrpcMatch, CompiledHttpMatch, CompiledMatch } from './compiledRoute.ts';
import { prefixMatches } from './paths.ts';
import type { ValueCondition } from './valueMatchers.ts';

/**
 * Whether every request that `b` matches is also matched by `a` (`a` is at least as general as
 * `b`). Used to find rules that can never win. Conservative: when coverage cannot be shown
 * (two different regular expressions), the answer is no.
 *
 * @param a - The match that might cover.
 * @param b - The match that might be covered.
 */
export function covers(a: CompiledMatch, b: CompiledMatch): boolean {
  if (!a.usable || !b.usable) return false;
  if (a.protocol === 'http' && b.protocol === 'http') return httpCovers(a, b);
  if (a.protocol === 'grpc' && b.protocol === 'grpc') return grpcCovers(a, b);
  return false;
}

function httpCovers(a: CompiledHttpMatch, b: CompiledHttpMatch): boolean {
  return (
    pathCovers(a, b) &&
    (a.method === undefined || a.method === b.method) &&
    conditionsCover(a.headers, b.headers) &&
    conditionsCover(a.queryParams, b.queryParams)
  );
}

function pathCovers(a: CompiledHttpMatch, b: CompiledHttpMatch): boolean {
  const pa = a.pathMatch;
  const pb = b.pathMatch;
  switch (pa.type) {
    case 'Exact':
      return pb.type === 'Exact' && pb.key === pa.key;
    case 'PathPrefix':
      if (pb.type === 'RegularExpression') return pa.key === '';
      return prefixMatches(pa.key, pb.key);
    case 'RegularExpression':
      if (pb.type === 'RegularExpression') return pb.value === pa.value;
      return pb.type === 'Exact' && pa.test?.(pb.key) === true;
  }
}

/** Every condition of `general` is implied by a condition of `specific` on the same name. */
function conditionsCover(
  general: readonly ValueCondition[],
  specific: readonly ValueCondition[],
): boolean {
  return general.every((condition) =>
    specific.some((other) => {
      if (other.key !== condition.key) return false;
      if (condition.type === other.type && condition.value === other.value) return true;
      return (
        condition.type === 'RegularExpression' &&
        other.type === 'Exact' &&
        condition.test?.(other.value) === true
      );
    }),
  );
}

function grpcCovers(a: CompiledGrpcMatch, b: CompiledGrpcMatch): boolean {
  const part = (
    general: string | undefined,
    specific: string | undefined,
    test: ((value: string) => boolean) | null,
  ): boolean => {
    if (general === undefined) return true;
    if (specific === undefined) return false;
    if (a.type === b.type) return general === specific;
    return a.type === 'RegularExpression' && b.type === 'Exact' && test?.(specific) === true;
  };
  return (
    part(a.service, b.service, a.serviceTest) &&
    part(a.method, b.method, a.methodTest) &&
    conditionsCover(a.headers, b.headers)
  );
}
