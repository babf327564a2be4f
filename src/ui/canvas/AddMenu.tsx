import { useRef, useState } from 'react';
import { KNOWN_KINDS } from '../../core/index.ts';
import { useT } from '../i18n/useT.ts';
import { appStore } from '../store/store.ts';
import type { XY } from '../store/viewSlice.ts';
import { withCanvasActions } from './lazyCanvasActions.ts';
import { MenuList } from './MenuList.tsx';

/**
 * The palette: a menu button listing every kind Switchyard knows. A new resource gets valid
 * defaults and a unique name, goes in the namespace of the selected resource (else the filtered
 * namespace, else the default one), is placed in the middle of the view, and is selected.
 */
export function AddMenu({ disabled }: { readonly disabled: boolean }) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<XY | null>(null);
  const open = () => {
    const rect = button.current?.getBoundingClientRect();
    setAt(rect ? { x: rect.left, y: rect.bottom + 4 } : { x: 0, y: 0 });
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="primary"
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        onClick={() => (at ? setAt(null) : open())}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            open();
          }
        }}
      >
        {t('canvas.add')}
      </button>
      {at && (
        <MenuList
          label={t('canvas.add.menu')}
          at={at}
          anchor={button}
          onClose={() => setAt(null)}
          items={KNOWN_KINDS.map((kind) => ({
            id: kind,
            label: t('canvas.add.kind', { kind }),
            onSelect: () => {
              const namespace = namespaceForNew();
              withCanvasActions((actions) => actions.addKind(kind, namespace));
            },
          }))}
        />
      )}
    </>
  );
}

function namespaceForNew(): string {
  const state = appStore.getState();
  const selected = state.selection?.key;
  const entry = selected
    ? state.workspace.resources.find((candidate) => candidate.key === selected)
    : undefined;
  if (entry?.id.namespace) return entry.id.namespace;
  const [only, ...others] = state.filter.namespaces;
  if (only && others.length === 0) return only;
  return state.workspace.options.defaultNamespace;
}
