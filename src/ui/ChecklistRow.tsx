import { memo, useId, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { GUIDE_SECTION_BY_TEMPLATE } from '../domain/templates';
import type { ChecklistItem } from '../domain/types';
import { AutosaveTextarea } from './AutosaveTextarea';
import { itemHelp, itemTitle } from './checklistText';
import { useDateFormat } from '../lib/dateFormat';
import { useLoadedTranslation } from '../lib/useLoadedTranslation';
import { paths } from '../config/paths';
import { focusNextAfter } from '../lib/focusNext';
import { useFocusFieldOnOpen } from '../lib/useFocusFieldOnOpen';

export interface ChecklistActions {
  /** Resolves to true once the change is saved. */
  onToggle: (item: ChecklistItem, done: boolean) => Promise<boolean>;
  onNote: (item: ChecklistItem, note: string) => Promise<boolean>;
  onHide: (item: ChecklistItem, hidden: boolean) => void;
  onRemove: (item: ChecklistItem) => void;
  /** A hint shown under an item's note field (e.g. that the note is private). */
  noteHint?: (item: ChecklistItem) => string | undefined;
  /** For an item whose note this device does not hold: says where it is kept, instead of a field. */
  noteKeptElsewhere?: (item: ChecklistItem) => string | undefined;
  /** Links shown under an item, e.g. to the tool that helps get it done. */
  itemLinks?: (item: ChecklistItem) => ReactNode;
}

/**
 * What rows need to put words on screen, made once per list rather than once per row: a row
 * then runs no hooks of its own for its texts, which counts when a list grows by a hundred.
 */
export function useRowText() {
  const { t } = useLoadedTranslation();
  const { t: tChecklists } = useLoadedTranslation('checklists');
  const { formatInstant } = useDateFormat();
  return useMemo(
    () => ({
      t,
      tChecklists,
      formatInstant,
      show: t('checklist.show'),
      hide: t('checklist.hide'),
      remove: t('checklist.remove'),
      more: t('checklist.more'),
      readMoreInGuide: t('checklist.readMoreInGuide'),
      addNote: t('checklist.addNote'),
      editNote: t('checklist.editNote'),
    }),
    [t, tChecklists, formatInstant],
  );
}

type RowProps = ChecklistActions & { item: ChecklistItem; text: ReturnType<typeof useRowText> };

/** Same item (by value: a live query reads fresh objects) and the same actions. */
function sameRow(before: RowProps, after: RowProps): boolean {
  const keys = Object.keys(after) as (keyof RowProps)[];
  return keys.every((key) =>
    key === 'item'
      ? (Object.keys(after.item) as (keyof ChecklistItem)[]).every(
          (field) => before.item[field] === after.item[field],
        )
      : before[key] === after[key],
  );
}

/**
 * One item of a checklist (its screen's route loads `checklists`). Memoised: a tick
 * re-renders its own row, not the 100 others, so a list stays fast however long it grows.
 */
export const ChecklistRow = memo(function ChecklistRow({
  item,
  onToggle,
  onNote,
  onHide,
  onRemove,
  noteHint,
  noteKeptElsewhere,
  itemLinks,
  text,
}: RowProps) {
  const { t, tChecklists } = text;
  const id = useId();
  const [noteOpen, setNoteOpen] = useState(false);
  const { container: row, opening: openingNote } = useFocusFieldOnOpen<HTMLLIElement>(noteOpen);
  const title = itemTitle(tChecklists, item);
  const help = itemHelp(tChecklists, item);
  const guideSection = item.templateId ? GUIDE_SECTION_BY_TEMPLATE[item.templateId] : undefined;
  const links = itemLinks?.(item);
  const noteLabel = item.note ? text.editNote : text.addNote;
  const elsewhere = noteKeptElsewhere?.(item);
  /** A control's full name: its visible action and, for screen readers, which item. */
  const about = (action: string) => `${action}: ${title}`;

  /** Hiding, showing or removing moves the row away: focus goes on to what follows it. */
  function moveAway(action: () => void) {
    if (row.current) focusNextAfter(row.current);
    action();
  }

  if (item.hidden) {
    return (
      <li ref={row} className="checklist-item checklist-item--hidden">
        <span>{title}</span>
        <button
          type="button"
          className="button button-tertiary"
          aria-label={about(text.show)}
          onClick={() => moveAway(() => onHide(item, false))}
        >
          {text.show}
        </button>
      </li>
    );
  }

  return (
    <li ref={row} className={`checklist-item${item.done ? ' checklist-item--done' : ''}`}>
      <div className="form-group-checkbox">
        <input
          type="checkbox"
          id={id}
          className="form-checkbox"
          checked={item.done}
          onChange={(event) => void onToggle(item, event.target.checked)}
        />
        <label className="form-label" htmlFor={id}>
          {title}
        </label>
      </div>
      {item.done && item.doneAt && (
        <p className="item-meta">
          {t('checklist.doneAt', { when: text.formatInstant(item.doneAt) })}
        </p>
      )}
      {links && <div className="item-links no-print">{links}</div>}
      {item.note && !noteOpen && <p className="item-note">{item.note}</p>}
      {/* The guide's help and the row's own actions behind one disclosure: one tab stop. */}
      <details className="details item-more">
        <summary className="details-summary">
          <span className="details-summary-text">
            {text.more}
            {/* A disclosure keeps its name in its content, not in an aria-label. */}
            <span className="sr-only">: {title}</span>
          </span>
        </summary>
        <div className="details-text">
          {help && <p>{help}</p>}
          {guideSection && (
            <p className="no-print">
              <Link to={paths.guide.href(guideSection)} aria-label={about(text.readMoreInGuide)}>
                {text.readMoreInGuide}
              </Link>
            </p>
          )}
          {elsewhere && <p>{elsewhere}</p>}
          <div className="item-actions">
            {!elsewhere && (
              <button
                type="button"
                className="button button-tertiary"
                aria-label={about(noteLabel)}
                aria-expanded={noteOpen}
                onClick={() => {
                  if (!noteOpen) openingNote();
                  setNoteOpen(!noteOpen);
                }}
              >
                {noteLabel}
              </button>
            )}
            {item.templateId ? (
              <button
                type="button"
                className="button button-tertiary"
                aria-label={about(text.hide)}
                onClick={() => moveAway(() => onHide(item, true))}
              >
                {text.hide}
              </button>
            ) : (
              <button
                type="button"
                className="button button-tertiary"
                aria-label={about(text.remove)}
                onClick={() => moveAway(() => onRemove(item))}
              >
                {text.remove}
              </button>
            )}
          </div>
        </div>
      </details>
      {noteOpen && !elsewhere && (
        <AutosaveTextarea
          label={t('checklist.noteLabel', { title })}
          hint={noteHint?.(item)}
          value={item.note}
          onSave={(note) => onNote(item, note)}
        />
      )}
    </li>
  );
}, sameRow);
