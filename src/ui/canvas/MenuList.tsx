import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';
import type { XY } from '../store/viewSlice.ts';

/** One entry of a menu. */
export interface MenuItem {
  readonly id: string;
  readonly label: string;
  /** The key that does the same, shown beside the label. */
  readonly shortcut?: string;
  readonly disabled?: boolean;
  readonly onSelect: () => void;
}

/**
 * A menu (WAI-ARIA menu pattern) at a point of the page: focus goes to its first item, arrow
 * keys, Home and End move between items, Enter or Space runs one, Escape or Tab or a click
 * elsewhere closes it (focus goes back to where it was).
 */
export function MenuList({
  label,
  items,
  at,
  anchor,
  onClose,
}: {
  readonly label: string;
  readonly items: readonly MenuItem[];
  readonly at: XY;
  /** The button that opens the menu (a press on it toggles the menu; it does not count as outside). */
  readonly anchor?: RefObject<HTMLElement | null>;
  readonly onClose: () => void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = menu.current;
    if (element) {
      // Keep the whole menu on screen near the point it was opened at.
      const rect = element.getBoundingClientRect();
      const dx = Math.max(0, rect.right - window.innerWidth + 8);
      const dy = Math.max(0, rect.bottom - window.innerHeight + 8);
      if (dx > 0 || dy > 0) element.style.transform = `translate(${-dx}px, ${-dy}px)`;
    }
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (target && (menu.current?.contains(target) || anchor?.current?.contains(target))) return;
      close.current();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      if (previous?.isConnected) previous.focus();
    };
  }, [anchor]);

  const onKeyDown = (event: KeyboardEvent) => {
    const entries = [
      ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? []),
    ];
    const index = entries.findIndex((entry) => entry === document.activeElement);
    const focus = (i: number) => entries[(i + entries.length) % entries.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(index + 1);
        break;
      case 'ArrowUp':
        focus(index - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(entries.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      className="sy-menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          tabIndex={-1}
          disabled={item.disabled}
          className="sy-menu-item"
          onClick={() => {
            onClose();
            item.onSelect();
          }}
        >
          <span>{item.label}</span>
          {item.shortcut && <kbd>{item.shortcut}</kbd>}
        </button>
      ))}
    </div>
  );
}
