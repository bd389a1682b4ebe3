import type { ChecklistItem } from '../domain/types';
import { ChecklistRow, useRowText, type ChecklistActions } from './ChecklistRow';
import { useLoadedTranslation } from '../lib/useLoadedTranslation';

interface ChecklistProps extends ChecklistActions {
  items: readonly ChecklistItem[];
  /** Accessible name of the list, e.g. "Team preparation". */
  label: string;
}

/** A checklist: visible items to tick, hidden guide items collapsed at the end. */
export function Checklist({ items, label, ...actions }: ChecklistProps) {
  const { t } = useLoadedTranslation();
  const text = useRowText();
  const visible = items.filter((item) => !item.hidden);
  const hidden = items.filter((item) => item.hidden);
  return (
    <>
      <ul className="checklist" aria-label={label}>
        {visible.map((item) => (
          <ChecklistRow key={item.id} item={item} text={text} {...actions} />
        ))}
      </ul>
      {hidden.length > 0 && (
        <details className="details hidden-items">
          <summary className="details-summary">
            <span className="details-summary-text">
              {t('checklist.hiddenItems', { count: hidden.length })}
            </span>
          </summary>
          <ul className="details-text checklist-hidden">
            {hidden.map((item) => (
              <ChecklistRow key={item.id} item={item} text={text} {...actions} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
