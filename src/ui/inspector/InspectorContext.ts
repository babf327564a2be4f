import { createContext, useContext } from 'react';
import type { FieldPath } from '../../core/index.ts';
import type { Problem } from '../analysis/protocol.ts';

/** What every field of the inspector needs: whose fields they are, and the findings about it. */
export interface InspectorScope {
  /** The selected resource's key. */
  readonly key: string;
  /** Its kind (for name rules). */
  readonly kind: string;
  /** The findings about it, each with its field path read back. */
  readonly problems: readonly { readonly problem: Problem; readonly path: FieldPath | null }[];
}

export const InspectorContext = createContext<InspectorScope | null>(null);

/**
 * The inspector's scope; fields are only rendered inside the inspector.
 *
 * @returns The scope.
 */
export function useInspectorScope(): InspectorScope {
  const scope = useContext(InspectorContext);
  if (!scope) throw new Error('An inspector field is rendered outside the inspector');
  return scope;
}
