import { isCleanupDue } from '../domain/cleanupDue';
import type { IsoDate } from '../domain/dates';
import type { Hire } from '../domain/types';
import { useLoadedTranslation } from '../lib/useLoadedTranslation';

/** Beside a hire in a list: its data is due for deletion or anonymising (the hire page says why). */
export function CleanupBadge({ hire, today }: { hire: Hire; today: IsoDate }) {
  const { t } = useLoadedTranslation('privacy');
  if (!isCleanupDue(hire, today)) return null;
  return <span className="badge badge-info">{t('cleanup.badge')}</span>;
}
