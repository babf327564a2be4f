import { type RefObject, memo, useEffect, useMemo, useRef, useState } from 'react';
import {
  type FieldPath,
  type ResourceEntry,
  type Workspace,
  formatPath,
  parsePath,
} from '../../core/index.ts';
import { selectProblems } from '../analysis/analysisSlice.ts';
import type { Problem } from '../analysis/protocol.ts';
import { deleteNode, duplicateNode } from '../canvas/canvasActions.ts';
import { useT } from '../i18n/useT.ts';
import { selectLastGood, selectSelection } from '../store/selectors.ts';
import { appStore, useAppStore } from '../store/store.ts';
import type { AppState } from '../store/store.ts';
import { InspectorContext, type InspectorScope } from './InspectorContext.ts';
import { ProblemList } from './fields/ProblemList.tsx';
import { GatewaySection } from './sections/GatewaySection.tsx';
import { ListenersSection } from './sections/ListenersSection.tsx';
import { MetadataSection } from './sections/MetadataSection.tsx';
import { ParentRefsSection } from './sections/ParentRefsSection.tsx';
import { ReferenceGrantSection } from './sections/ReferenceGrantSection.tsx';
import { RulesSection } from './sections/RulesSection.tsx';
import { ServiceSection } from './sections/ServiceSection.tsx';
import {
  BackendTLSPolicySection,
  GatewayClassSection,
  HostnamesSection,
  ListenerSetParentSection,
} from './sections/SimpleSections.tsx';

const selectBroken = (state: AppState) => state.workspace.broken;

/**
 * The value held since its key last changed: a value rebuilt with the same content stays the
 * object it was.
 */
function useSameWhileKey<T>(value: T, key: string): T {
  const [held, setHeld] = useState({ key, value });
  if (held.key === key) return held.value;
  setHeld({ key, value });
  return value;
}

/** What a finding says and where: equal for the same finding in two analyses. */
function problemKey({ diagnostic, start }: Problem): string {
  return `${diagnostic.severity}\u0000${diagnostic.code}\u0000${diagnostic.path ?? ''}\u0000${diagnostic.message}\u0000${start?.line ?? ''}:${start?.column ?? ''}`;
}

/**
 * The inspector's content: forms for every field of the selected resource. Each edit is a core
 * command (one undo step); fields check what is typed and show the findings whose path is inside
 * them. Loaded on first selection (see `InspectorPanel`).
 */
export default function InspectorForms() {
  const t = useT();
  const selection = useAppStore(selectSelection);
  const workspace = useAppStore(selectLastGood);
  const broken = useAppStore(selectBroken);
  const problems = useAppStore(selectProblems);
  const entry = selection
    ? workspace.resources.find((candidate) => candidate.key === selection.key)
    : undefined;
  const own = useMemo(
    () => (entry ? problems.filter((problem) => problem.resourceKey === entry.key) : []),
    [entry, problems],
  );
  // A new analysis makes new problem records; the same findings keep the same scope, so the
  // fields (which read it) do not render again on every keystroke.
  const stableOwn = useSameWhileKey(own, [entry?.key ?? '', ...own.map(problemKey)].join('\u0001'));
  const scope = useMemo<InspectorScope | null>(
    () =>
      entry
        ? {
            key: entry.key,
            kind: entry.id.kind,
            problems: stableOwn.map((problem) => ({
              problem,
              path: problem.diagnostic.path === null ? null : parsePath(problem.diagnostic.path),
            })),
          }
        : null,
    [entry, stableOwn],
  );
  const panel = useRef<HTMLDivElement>(null);
  useRevealPath(panel);
  if (!entry || !scope || !selection) return null;
  const general = scope.problems.filter(({ path }) => path === null || path.length === 0);
  const openRule =
    selection.path[0] === 'spec' &&
    selection.path[1] === 'rules' &&
    typeof selection.path[2] === 'number'
      ? selection.path[2]
      : null;
  return (
    <div ref={panel} className="sy-inspector-content">
      <header className="sy-inspector-header">
        <div className="sy-inspector-title">
          <span className="sy-inspector-kind">{entry.id.kind}</span>
          <h2>
            <bdi>
              {entry.id.namespace ? `${entry.id.namespace}/${entry.id.name}` : entry.id.name}
            </bdi>
          </h2>
        </div>
        <button
          type="button"
          className="sy-close"
          aria-label={t('inspector.close')}
          title={t('inspector.close')}
          onClick={() => appStore.getState().select(null)}
        >
          ×
        </button>
      </header>
      <div className="sy-actions">
        <button
          type="button"
          disabled={broken}
          onClick={() => appStore.getState().openDialog({ kind: 'rename', key: entry.key })}
        >
          {t('canvas.menu.rename')}
        </button>
        <button
          type="button"
          disabled={broken}
          onClick={() => duplicateNode(entry.key, 'inspector')}
        >
          {t('canvas.menu.duplicate')}
        </button>
        <button
          type="button"
          className="sy-danger"
          disabled={broken}
          onClick={() => deleteNode(entry.key, 'inspector')}
        >
          {t('canvas.menu.delete')}
        </button>
      </div>
      {broken && <p className="sy-hint">{t('inspector.stale')}</p>}
      <InspectorContext.Provider value={scope}>
        <fieldset className="sy-inspector-body" disabled={broken}>
          <legend className="visually-hidden">
            {t('inspector.fields', { name: entry.id.name })}
          </legend>
          <ProblemList problems={general.map(({ problem }) => problem)} />
          <KindSections entry={entry} workspace={workspace} openRule={openRule} />
          <Metadata entry={entry} />
        </fieldset>
      </InspectorContext.Provider>
    </div>
  );
}

// The forms render again when their resource does, not when only the text's state or the
// findings change (a broken keystroke keeps the resource; the fields read findings from the scope).
const Metadata = memo(MetadataSection);

const KindSections = memo(function KindSections({
  entry,
  workspace,
  openRule,
}: {
  readonly entry: ResourceEntry;
  readonly workspace: Workspace;
  readonly openRule: number | null;
}) {
  const t = useT();
  switch (entry.resource?.kind) {
    case 'Gateway':
      return (
        <>
          <GatewaySection entry={entry} workspace={workspace} />
          <ListenersSection entry={entry} />
        </>
      );
    case 'ListenerSet':
      return (
        <>
          <ListenerSetParentSection entry={entry} />
          <ListenersSection entry={entry} />
        </>
      );
    case 'HTTPRoute':
    case 'GRPCRoute':
    case 'TLSRoute':
      return (
        <>
          <ParentRefsSection entry={entry} />
          <HostnamesSection entry={entry} />
          <RulesSection entry={entry} openRule={openRule} />
        </>
      );
    case 'TCPRoute':
    case 'UDPRoute':
      return (
        <>
          <ParentRefsSection entry={entry} />
          <RulesSection entry={entry} openRule={openRule} />
        </>
      );
    case 'Service':
      return <ServiceSection entry={entry} />;
    case 'ReferenceGrant':
      return <ReferenceGrantSection entry={entry} />;
    case 'GatewayClass':
      return <GatewayClassSection entry={entry} />;
    case 'BackendTLSPolicy':
      return <BackendTLSPolicySection entry={entry} />;
    case 'Namespace':
      return null;
    case undefined:
      return <p className="sy-hint">{t('inspector.unknownKind')}</p>;
  }
});

/**
 * A selection made elsewhere (a rule on the canvas, the YAML cursor, a problem) scrolls the
 * inspector to the part it names: the deepest element whose `data-path` is a prefix of it.
 */
function useRevealPath(panel: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const reveal = (path: FieldPath) => {
      const root = panel.current;
      if (!root) return;
      let best: HTMLElement | null = null;
      let bestLength = -1;
      for (const element of root.querySelectorAll<HTMLElement>('[data-path]')) {
        const candidate = parsePath(element.dataset['path'] ?? '');
        if (!candidate || candidate.length <= bestLength) continue;
        if (formatPath(path.slice(0, candidate.length)) === formatPath(candidate)) {
          best = element;
          bestLength = candidate.length;
        }
      }
      best?.closest('details')?.setAttribute('open', '');
      best?.scrollIntoView({ block: 'nearest' });
    };
    // The forms load on the first selection, after it was made: show its part now.
    const first = appStore.getState().selection;
    if (first && first.origin !== 'inspector' && first.path.length > 0) {
      requestAnimationFrame(() => reveal(first.path));
    }
    return appStore.subscribe((state, previous) => {
      const selection = state.selection;
      if (!selection || selection === previous.selection || selection.origin === 'inspector')
        return;
      requestAnimationFrame(() => reveal(selection.path));
    });
  }, [panel]);
}
