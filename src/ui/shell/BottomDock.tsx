import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { selectProblems } from '../analysis/analysisSlice.ts';
import { WhatChangedPanel } from '../editor/WhatChangedPanel.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { ProblemsPanel } from '../problems/ProblemsPanel.tsx';
import { SimulatorTab } from '../simulator/SimulatorTab.tsx';
import { selectSimulatorShown } from '../simulator/simulatorSlice.ts';
import { useAppStore } from '../store/store.ts';

interface DockTab {
  readonly id: string;
  readonly label: MessageKey;
  readonly panel: () => ReactNode;
}

/** The dock's tabs, in order. Each panel is a region named after its tab. */
const tabs: readonly DockTab[] = [
  { id: 'problems', label: 'dock.problems', panel: () => <ProblemsPanel /> },
  { id: 'traffic', label: 'simulator.tab', panel: () => <SimulatorTab /> },
  { id: 'changes', label: 'dock.changes', panel: () => <WhatChangedPanel /> },
];

const selectProblemCount = (state: Parameters<typeof selectProblems>[0]) =>
  selectProblems(state).length;

/** The dock under the workbench: Problems, What changed (tabs; arrow keys move between them). */
export function BottomDock() {
  const t = useT();
  const base = useId();
  const [active, setActive] = useState(tabs[0]?.id ?? '');
  // The simulator asks to be shown (an example opened, traffic sent from a demo).
  const simulatorShown = useAppStore(selectSimulatorShown);
  const [shownSeen, setShownSeen] = useState(simulatorShown);
  if (simulatorShown !== shownSeen) {
    setShownSeen(simulatorShown);
    setActive('traffic');
  }
  const problemCount = useAppStore(selectProblemCount);
  const tabList = useRef<HTMLDivElement>(null);
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === active);
    const to =
      event.key === 'ArrowRight'
        ? index + 1
        : event.key === 'ArrowLeft'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length];
    if (!next) return;
    setActive(next.id);
    tabList.current
      ?.querySelector<HTMLElement>(`#${CSS.escape(`${base}-${next.id}-tab`)}`)
      ?.focus();
  };

  return (
    <div className="dock">
      <div
        ref={tabList}
        className="dock-tabs"
        role="tablist"
        aria-label={t('dock.label')}
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`${base}-${tab.id}-tab`}
            type="button"
            role="tab"
            aria-selected={tab.id === active}
            aria-controls={`${base}-${tab.id}-panel`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => setActive(tab.id)}
          >
            {t(tab.label)}
            {tab.id === 'problems' && problemCount > 0 && (
              <span className="dock-count">{problemCount}</span>
            )}
          </button>
        ))}
      </div>
      {current && (
        <div
          className="dock-panel"
          id={`${base}-${current.id}-panel`}
          role="tabpanel"
          aria-labelledby={`${base}-${current.id}-tab`}
        >
          {current.panel()}
        </div>
      )}
    </div>
  );
}
