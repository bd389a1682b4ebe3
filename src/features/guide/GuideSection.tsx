import { useTranslation } from 'react-i18next';
import type { GuideSectionId } from '../../domain/guide';
import type { GuideSectionText } from './sectionText';

/** The manager advice is "five pieces of advice": its list is numbered. */
const NUMBERED: readonly GuideSectionId[] = ['manager-advice'];

export function GuideSection({ id, text }: { id: GuideSectionId; text: GuideSectionText }) {
  const { t } = useTranslation('guide');
  const List = NUMBERED.includes(id) ? 'ol' : 'ul';
  return (
    <section id={id} className="guide-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} tabIndex={-1} className="guide-section-heading">
        {text.title}
      </h3>
      {text.body.map((block, index) =>
        Array.isArray(block) ? (
          <List key={index}>
            {block.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </List>
        ) : (
          <p key={index}>{block}</p>
        ),
      )}
      {text.askYourself && (
        <p className="guide-ask">
          <strong>{t('askYourself')}:</strong> {text.askYourself}
        </p>
      )}
    </section>
  );
}
