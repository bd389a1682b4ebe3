import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sharedStatusUrl } from '../../domain/statusLink';
import { encodeStatusSnapshot, type StatusSnapshot } from '../../domain/statusSnapshot';
import { useDateFormat } from '../../lib/dateFormat';
import { ShareLink } from '../../ui/ShareLink';
import { linkLanguage } from './linkLanguage';
import { usePeerLinkTexts } from './usePeerLinkTexts';

type Share = { link: string; createdAt: string } | 'oversized' | null;

/** Makes a link that carries a snapshot of exactly this status, for the peer's own phone. */
export function SharePanel({ status }: { status: StatusSnapshot }) {
  const { t, i18n } = useTranslation('status');
  const { formatInstant } = useDateFormat();
  const [share, setShare] = useState<Share>(null);
  const name = status.name;
  const commonTexts = usePeerLinkTexts(name);

  function createLink() {
    const createdAt = new Date().toISOString();
    const result = encodeStatusSnapshot({ ...status, createdAt });
    setShare(
      result.ok
        ? {
            link: sharedStatusUrl(
              window.location.origin,
              result.fragment,
              linkLanguage(i18n.language),
            ),
            createdAt,
          }
        : result.error,
    );
  }

  return (
    <section aria-labelledby="share-heading" className="share-panel no-print">
      <h2 id="share-heading">{t('share.heading', { name })}</h2>
      <p>{t('share.intro', { name })}</p>
      <button type="button" className="button button-primary" onClick={createLink}>
        {t(share ? 'share.recreate' : 'share.create')}
      </button>
      {share === 'oversized' && (
        <p className="alert alert-error" role="alert">
          {t('share.oversized')}
        </p>
      )}
      {share && share !== 'oversized' && (
        <ShareLink
          key={share.link}
          link={share.link}
          texts={{
            label: t('share.linkLabel', { when: formatInstant(share.createdAt) }),
            hint: t('share.linkHint', { when: formatInstant(share.createdAt) }),
            ...commonTexts,
            qrAlt: t('share.qrAlt', { name }),
            qrFailed: t('share.qrFailed'),
          }}
        />
      )}
    </section>
  );
}
