import { guideItemId } from '../domain/stableIds';
import { defaultTemplateIds } from '../domain/templates';
import type { ChecklistItem, ChecklistKind } from '../domain/types';
import { newId } from './ids';

// Apart from the checklist's entry (src/db/checklist/): a new team's or hire's items are
// stored with it in one transaction (teams.ts, hireWrites.ts), not through the checklist's writer.

/** A new checklist item, not yet stored: a guide item under its stable id, an own item a new one. */
export function newItem(
  ownerId: string,
  kind: ChecklistKind,
  order: number,
  fields: Pick<ChecklistItem, 'templateId' | 'title'>,
): ChecklistItem {
  return {
    id: fields.templateId === null ? newId() : guideItemId(ownerId, fields.templateId),
    ownerId,
    kind,
    done: false,
    doneAt: null,
    note: '',
    hidden: false,
    order,
    ...fields,
  };
}

/** The guide's default items for a new team or hire (not yet stored). */
export function newChecklistItems(ownerId: string, kind: ChecklistKind): ChecklistItem[] {
  return defaultTemplateIds(kind).map((templateId, order) =>
    newItem(ownerId, kind, order, { templateId, title: '' }),
  );
}
