import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWrite } from './useWrite';
import { anonymiseHire } from '../db/hireCleanup';
import { cleanupDate, isCleanupDue } from '../domain/cleanupDue';
import { localIsoDate } from '../domain/dates';
import { probationLastDay } from '../domain/followUps';
import { CLEANUP_MONTHS_AFTER_PROBATION } from '../domain/limits';
import type { Hire } from '../domain/types';
import { useDateFormat } from '../lib/dateFormat';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface CleanupNoticeProps {
  hire: Hire;
  /** Whether the team is shared: then both choices reach every device. */
  shared: boolean;
  /** The hire page's own delete, with its confirmation. */
  deleteButton: ReactNode;
}

/**
 * After probation (src/domain/cleanupDue.ts): says why the hire's personal data should go, and
 * offers to delete the hire or make it anonymous. It stays until one is done; an anonymised
 * hire says when it was.
 */
export function CleanupNotice({ hire, shared, deleteButton }: CleanupNoticeProps) {
  const { t } = useTranslation('privacy');
  const { formatDate, formatInstant } = useDateFormat();
  const write = useWrite();
  const [asking, setAsking] = useState(false);

  if (hire.anonymisedAt) {
    return (
      <p className="alert alert-info">
        {t('cleanup.anonymised', { date: formatInstant(hire.anonymisedAt) })}
      </p>
    );
  }
  if (!isCleanupDue(hire, localIsoDate(new Date()))) return null;

  const label = t('cleanup.label');
  return (
    <section className="alert alert-warning no-print" aria-labelledby="cleanup-heading">
      <h2 id="cleanup-heading" className="alert-heading h3">
        {t('cleanup.heading')}
      </h2>
      <p>
        {t('cleanup.why', {
          lastDay: formatDate(probationLastDay(hire.startDate, hire.probationMonths)),
        })}
      </p>
      <p>
        {t('cleanup.period', {
          count: CLEANUP_MONTHS_AFTER_PROBATION,
          date: formatDate(cleanupDate(hire)),
        })}
      </p>
      <p>{t('cleanup.choices')}</p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setAsking(true)}>
          {t('cleanup.anonymise')}
        </button>
        {deleteButton}
      </div>
      <ConfirmDialog
        open={asking}
        title={t('cleanup.anonymiseTitle', { name: hire.name })}
        body={t(shared ? 'cleanup.anonymiseBodyShared' : 'cleanup.anonymiseBody', { label })}
        confirmLabel={t('cleanup.anonymiseConfirm')}
        onConfirm={() => {
          setAsking(false);
          void write(() =>
            anonymiseHire(hire.id, { name: label, ownItem: t('cleanup.ownItemLabel') }),
          );
        }}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}
