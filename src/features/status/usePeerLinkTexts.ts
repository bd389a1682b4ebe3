import { useTranslation } from 'react-i18next';
import type { ShareLinkTexts } from '../../ui/ShareLink';

type CommonTexts = Pick<
  ShareLinkTexts,
  'copy' | 'copied' | 'copyFallback' | 'showQr' | 'hideQr' | 'qrHint'
>;

/** The texts both of the peer worker's links (the snapshot and the live one) share. */
export function usePeerLinkTexts(name: string): CommonTexts {
  const { t } = useTranslation('status');
  return {
    copy: t('share.copy'),
    copied: t('share.copied'),
    copyFallback: t('share.copyFallback'),
    showQr: t('share.showQr'),
    hideQr: t('share.hideQr'),
    qrHint: t('share.qrHint', { name }),
  };
}
