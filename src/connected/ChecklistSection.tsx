import { useCallback, useId, type ReactNode } from 'react';
import { addItem, useChecklist } from '../db/checklist';
import { checklistProgress } from '../domain/progress';
import type { ChecklistItem, ChecklistKind } from '../domain/types';
import { AddItemForm } from '../ui/AddItemForm';
import { Checklist } from '../ui/Checklist';
import type { ChecklistActions } from '../ui/ChecklistRow';
import { Loading } from '../ui/Loading';
import { ProgressBar } from '../ui/ProgressBar';
import { useChecklistActions } from './useChecklistActions';
import { useWrite } from './useWrite';

type AddGuideItem = (templateId: string) => Promise<boolean>;

interface ChecklistSectionProps extends Pick<
  ChecklistActions,
  'noteHint' | 'noteKeptElsewhere' | 'itemLinks'
> {
  ownerId: string;
  kind: ChecklistKind;
  heading: string;
  intro: string;
  /** Shown under the list, e.g. the guide's items not yet on it. */
  suggestions?: (items: readonly ChecklistItem[], addGuideItem: AddGuideItem) => ReactNode;
}

/**
 * A team's or hire's checklist with its progress and the form that adds the user's own
 * items. Its own component, so a change re-renders the list and not the whole screen.
 */
export function ChecklistSection({
  ownerId,
  kind,
  heading,
  intro,
  suggestions,
  ...rowExtras
}: ChecklistSectionProps) {
  const headingId = useId();
  const items = useChecklist(ownerId);
  const actions = useChecklistActions();
  const write = useWrite();
  const add = useCallback(
    (fields: { title: string } | { templateId: string }) =>
      write(() => addItem(ownerId, kind, fields)),
    [write, ownerId, kind],
  );
  const addGuideItem = useCallback((templateId: string) => add({ templateId }), [add]);
  const addOwnItem = useCallback((title: string) => add({ title }), [add]);

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{intro}</p>
      {items === undefined ? (
        <Loading />
      ) : (
        <>
          <ProgressBar progress={checklistProgress(items)} label={heading} />
          <Checklist items={items} label={heading} {...rowExtras} {...actions} />
          {suggestions?.(items, addGuideItem)}
        </>
      )}
      <AddItemForm onAdd={addOwnItem} />
    </section>
  );
}
