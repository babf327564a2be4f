import { useT } from '../../i18n/useT.ts';

/** The `×` that removes an item of a list or a map, named after what it removes. */
export function RemoveButton({
  name,
  onRemove,
}: {
  /** What the item is called (its key, its name, or its position). */
  readonly name: string | number;
  readonly onRemove: () => void;
}) {
  const t = useT();
  const label = t('inspector.remove', { name });
  return (
    <button type="button" className="sy-remove" aria-label={label} title={label} onClick={onRemove}>
      ×
    </button>
  );
}
