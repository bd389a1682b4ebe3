import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../lib/dateFormat';

type CopyState = 'idle' | 'copied' | 'selected';
type QrState = 'hidden' | 'loading' | 'failed' | { src: string };

/** Renders the link as a QR code image; the library loads only when someone asks for it. */
async function qrImageSource(link: string): Promise<string> {
  const qrcode = await import('qrcode');
  const svg = await qrcode.toString(link, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

interface ShareLinkProps {
  link: string;
  createdAt: string;
  name: string;
}

/** A made link: read-only in a field, to copy, or to scan as a QR code. */
export function ShareLink({ link, createdAt, name }: ShareLinkProps) {
  const { t } = useTranslation('status');
  const { formatInstant } = useDateFormat();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [qr, setQr] = useState<QrState>('hidden');
  const when = formatInstant(createdAt);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      // No clipboard (older browser, or permission refused): select it for the user to copy.
      field.current?.focus();
      field.current?.select();
      setCopy('selected');
    }
  }

  async function toggleQr() {
    if (qr !== 'hidden') {
      setQr('hidden');
      return;
    }
    setQr('loading');
    try {
      setQr({ src: await qrImageSource(link) });
    } catch {
      setQr('failed');
    }
  }

  return (
    <div className="share-link">
      <div className="form-group">
        <label className="form-label" htmlFor={id}>
          {t('share.linkLabel', { when })}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {t('share.linkHint', { when })}
        </span>
        <input
          ref={field}
          id={id}
          className="form-input share-link-field"
          type="text"
          value={link}
          readOnly
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => void copyLink()}>
          {t('share.copy')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={typeof qr === 'object'}
          disabled={qr === 'loading'}
          onClick={() => void toggleQr()}
        >
          {t(typeof qr === 'object' ? 'share.hideQr' : 'share.showQr')}
        </button>
      </div>
      <p role="status" className="share-copy-status">
        {copy === 'copied' && t('share.copied')}
        {copy === 'selected' && t('share.copyFallback')}
      </p>
      {qr === 'failed' && (
        <p className="alert alert-error" role="alert">
          {t('share.qrFailed')}
        </p>
      )}
      {typeof qr === 'object' && (
        <figure className="share-qr">
          <img src={qr.src} alt={t('share.qrAlt', { name })} width={240} height={240} />
          <figcaption>{t('share.qrHint', { name })}</figcaption>
        </figure>
      )}
    </div>
  );
}
