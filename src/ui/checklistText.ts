import type { TFunction } from 'i18next';
import { SUGGESTED_ONBOARDING_IDS } from '../domain/templates';
import type { ChecklistItem, ChecklistKind } from '../domain/types';

function section(kind: ChecklistKind, templateId: string): string {
  return (SUGGESTED_ONBOARDING_IDS as readonly string[]).includes(templateId) ? 'suggested' : kind;
}

/** The guide's text for a template item, in the chosen language. */
export function templateText(
  t: TFunction<'checklists'>,
  kind: ChecklistKind,
  templateId: string,
  part: 'title' | 'help',
): string {
  // Keys are built from stable template ids; the locale files hold one entry per id.
  return t(`${section(kind, templateId)}.${templateId}.${part}` as never);
}

export function itemTitle(t: TFunction<'checklists'>, item: ChecklistItem): string {
  return item.templateId ? templateText(t, item.kind, item.templateId, 'title') : item.title;
}

export function itemHelp(t: TFunction<'checklists'>, item: ChecklistItem): string | null {
  return item.templateId ? templateText(t, item.kind, item.templateId, 'help') : null;
}
