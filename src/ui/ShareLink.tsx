import { useEffect, useId, useRef, useState } from 'react';
import './ShareLink.css';

type CopyState = 'idle' | 'copied' | 'selected';
type QrState = 'hidden' | 'loading' | 'failed' | { src: string };

/** Renders the link as a QR code image; the library loads only when someone asks for it. */
async function qrImageSource(link: string): Promise<string> {
  const qrcode = await import('qrcode');
  const svg = await qrcode.toString(link, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** What a share link's parts say, in the caller's words. */
export interface ShareLinkTexts {
  label: string;
  hint: string;
  copy: string;
  copied: string;
  copyFallback: string;
  showQr: string;
  hideQr: string;
  qrAlt: string;
  qrHint: string;
  qrFailed: string;
}

/** A made link: read-only in a field, to copy, or to scan as a QR code. */
export function ShareLink({ link, texts }: { link: string; texts: ShareLinkTexts }) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [qr, setQr] = useState<QrState>('hidden');

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
          {texts.label}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {texts.hint}
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
          {texts.copy}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={typeof qr === 'object'}
          disabled={qr === 'loading'}
          onClick={() => void toggleQr()}
        >
          {typeof qr === 'object' ? texts.hideQr : texts.showQr}
        </button>
      </div>
      <p role="status" className="share-copy-status">
        {copy === 'copied' && texts.copied}
        {copy === 'selected' && texts.copyFallback}
      </p>
      {qr === 'failed' && (
        <p className="alert alert-error" role="alert">
          {texts.qrFailed}
        </p>
      )}
      {typeof qr === 'object' && (
        <figure className="share-qr">
          <img src={qr.src} alt={texts.qrAlt} width={240} height={240} />
          <figcaption>{texts.qrHint}</figcaption>
        </figure>
      )}
    </div>
  );
}
