import { useT } from '../i18n/useT.ts';
import { appStore, useAppStore } from '../store/store.ts';
import { selectLastGood } from '../store/selectors.ts';
import { deleteNode, duplicateNode } from './canvasActions.ts';
import type { MenuRequest } from './GraphCanvas.tsx';
import { type MenuItem, MenuList } from './MenuList.tsx';
import { addListenerTo, addRuleTo } from './elementActions.ts';

/**
 * The actions of one resource (right click, the context-menu key or Shift+F10 on a node):
 * rename, duplicate, delete, and for routes "Attach to…", "Send to…" and "Add rule", for
 * Gateways "Add listener". The keyboard shortcuts are shown beside them.
 */
export function NodeMenu({
  request,
  onClose,
}: {
  readonly request: MenuRequest;
  readonly onClose: () => void;
}) {
  const t = useT();
  const workspace = useAppStore(selectLastGood);
  const entry = workspace.resources.find((candidate) => candidate.key === request.key);
  if (!entry) return null;
  const kind = entry.resource?.kind;
  const key = request.key;
  const open = (dialog: 'rename' | 'attach' | 'sendTo') =>
    appStore.getState().openDialog({ kind: dialog, key });
  const items: MenuItem[] = [];
  const isRoute =
    kind === 'HTTPRoute' ||
    kind === 'GRPCRoute' ||
    kind === 'TLSRoute' ||
    kind === 'TCPRoute' ||
    kind === 'UDPRoute';
  if (isRoute) {
    items.push(
      { id: 'attach', label: t('canvas.menu.attach'), onSelect: () => open('attach') },
      { id: 'sendTo', label: t('canvas.menu.sendTo'), onSelect: () => open('sendTo') },
      { id: 'addRule', label: t('canvas.menu.addRule'), onSelect: () => addRuleTo(key, 'canvas') },
    );
  }
  if (kind === 'Gateway' || kind === 'ListenerSet') {
    items.push({
      id: 'addListener',
      label: t('canvas.menu.addListener'),
      onSelect: () => addListenerTo(key, 'canvas'),
    });
  }
  items.push(
    {
      id: 'rename',
      label: t('canvas.menu.rename'),
      shortcut: t('canvas.shortcut.rename'),
      onSelect: () => open('rename'),
    },
    {
      id: 'duplicate',
      label: t('canvas.menu.duplicate'),
      shortcut: t('canvas.shortcut.duplicate'),
      onSelect: () => duplicateNode(key),
    },
    {
      id: 'delete',
      label: t('canvas.menu.delete'),
      shortcut: t('canvas.shortcut.delete'),
      onSelect: () => deleteNode(key),
    },
  );
  return (
    <MenuList
      label={t('canvas.menu.label', { name: entry.id.name })}
      items={items}
      at={request.at}
      onClose={onClose}
    />
  );
}
