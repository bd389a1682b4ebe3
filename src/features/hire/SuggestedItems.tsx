import { useLoadedTranslation } from '../../lib/useLoadedTranslation';
import { SUGGESTED_ONBOARDING_IDS } from '../../domain/templates';
import type { ChecklistItem } from '../../domain/types';
import { templateText } from '../../ui/checklistText';
import { focusNextAfter } from '../../lib/focusNext';

interface SuggestedItemsProps {
  items: readonly ChecklistItem[];
  onAdd: (templateId: string) => Promise<boolean>;
}

/** The guide's practice tips not yet on the list, offered one click away. */
export function SuggestedItems({ items, onAdd }: SuggestedItemsProps) {
  const { t } = useLoadedTranslation('hire');
  const { t: tChecklists } = useLoadedTranslation('checklists');
  const present = new Set(items.map((item) => item.templateId));
  const offered = SUGGESTED_ONBOARDING_IDS.filter((id) => !present.has(id));
  if (offered.length === 0) return null;
  return (
    <section className="suggestions" aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading" className="h4">
        {t('suggestions.heading')}
      </h3>
      <p>{t('suggestions.intro')}</p>
      <ul className="suggestion-list">
        {offered.map((templateId) => {
          const title = templateText(tChecklists, 'onboarding', templateId, 'title');
          return (
            <li key={templateId}>
              <span>{title}</span>
              <button
                type="button"
                className="button button-tertiary"
                onClick={(event) => {
                  // The suggestion leaves the list: focus goes on to the next one (or what follows).
                  focusNextAfter(event.currentTarget.closest('li') ?? event.currentTarget);
                  void onAdd(templateId);
                }}
              >
                {t('suggestions.add')}
                <span className="sr-only">: {title}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
