import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SnapshotItem } from '../../domain/statusSnapshot';

/** A guide item in the peer's own words ("Din arbejdsplads er klar"); an own item by its title. */
function peerSentence(t: TFunction<'checklists'>, item: SnapshotItem): string {
  if ('title' in item) return item.title;
  return t(`peer.${item.templateId}.${item.done ? 'done' : 'pending'}`);
}

function ItemGroup({ heading, items }: { heading: string; items: readonly SnapshotItem[] }) {
  const { t } = useTranslation('checklists');
  if (items.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul className="status-items">
        {items.map((item, index) => (
          <li key={index} className={item.done ? 'status-item--done' : 'status-item--underway'}>
            {peerSentence(t, item)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The onboarding list as two groups, so what is ready reads as ready without any checkbox. */
export function StatusItems({ items }: { items: readonly SnapshotItem[] }) {
  const { t } = useTranslation('status');
  return (
    <section aria-labelledby="status-items-heading" className="status-section">
      <h2 id="status-items-heading">{t('onboarding.heading')}</h2>
      {items.length === 0 && <p>{t('onboarding.none')}</p>}
      <ItemGroup heading={t('onboarding.ready')} items={items.filter((item) => item.done)} />
      <ItemGroup heading={t('onboarding.underway')} items={items.filter((item) => !item.done)} />
    </section>
  );
}
