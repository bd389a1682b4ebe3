import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../config/paths';
import { syncErrorText } from '../../connected/syncErrorText';
import { useHire } from '../../connected/useRecord';
import { useTeamSync } from '../../connected/useTeamSync';
import type { AccessLogEntry } from '../../db/syncServer';
import { hireAccessLog } from '../../db/teamSync';
import { localIsoDate } from '../../domain/dates';
import { accessLogFileName } from '../../domain/fileNames';
import type { Hire } from '../../domain/types';
import { useDateFormat } from '../../lib/dateFormat';
import { downloadTextFile } from '../../lib/download';
import { BackLink } from '../../ui/BackLink';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { PrintButton } from '../../ui/PrintButton';
import { accessLogCsv, entryWords } from './accessLogText';
import './accessLog.css';

/** A hire's access log from the team's server, for a manager device; printable and exportable. */
export function AccessLogPage() {
  const { hireId = '' } = useParams();
  const { record: hire, fallback } = useHire(hireId);
  return fallback ?? <HireAccessLog hire={hire} />;
}

function HireAccessLog({ hire }: { hire: Hire }) {
  const { t } = useTranslation('privacy');
  // Read once the hire is known: a link read for no team would show "not shared" a moment.
  const { link } = useTeamSync(hire.teamId);
  if (link === undefined) return <Loading />;
  return (
    <>
      <BackLink to={paths.hire.href(hire.id)}>{hire.name}</BackLink>
      <PageHeading title={t('accessLog.title', { name: hire.name })}>
        {t('accessLog.title', { name: hire.name })}
      </PageHeading>
      {link?.role === 'manager' ? (
        <AccessLog hire={hire} />
      ) : (
        <p className="alert alert-info">{t('accessLog.notShared')}</p>
      )}
    </>
  );
}

type Answer = { entries: AccessLogEntry[] } | { failure: string } | null;

function AccessLog({ hire }: { hire: Hire }) {
  const { t, i18n } = useTranslation('privacy');
  const { t: tSync } = useTranslation('sync');
  const { formatInstant } = useDateFormat();
  const [answer, setAnswer] = useState<Answer>(null);
  // Raised to ask the server again.
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    hireAccessLog(hire.teamId, hire.id).then(
      (entries) => current && setAnswer({ entries }),
      (error: unknown) => {
        console.error(error);
        if (current) setAnswer({ failure: syncErrorText(error, tSync) });
      },
    );
    return () => {
      current = false;
    };
  }, [hire.teamId, hire.id, tSync, round]);

  function retry() {
    setAnswer(null);
    setRound((value) => value + 1);
  }

  function exportCsv(entries: readonly AccessLogEntry[]) {
    const fileName = accessLogFileName(localIsoDate(new Date()), hire.name);
    downloadTextFile(fileName, accessLogCsv(entries, t, i18n.language), 'text/csv;charset=utf-8');
  }

  return (
    <>
      <p className="font-lead">{t('accessLog.intro', { name: hire.name })}</p>
      <p>{t('accessLog.sharedPlan', { name: hire.name })}</p>
      <p>{t('accessLog.retention')}</p>
      {answer === null && (
        <p className="loading" role="status">
          {t('accessLog.loading')}
        </p>
      )}
      {answer && 'failure' in answer && (
        <>
          <p className="alert alert-error" role="alert">
            {answer.failure}
          </p>
          <button type="button" className="button button-secondary no-print" onClick={retry}>
            {t('accessLog.retry')}
          </button>
        </>
      )}
      {answer && 'entries' in answer && answer.entries.length === 0 && (
        <p>{t('accessLog.empty')}</p>
      )}
      {answer && 'entries' in answer && answer.entries.length > 0 && (
        <>
          <div className="button-row no-print">
            <PrintButton />
            <button
              type="button"
              className="button button-secondary"
              aria-describedby="access-log-export-hint"
              onClick={() => exportCsv(answer.entries)}
            >
              {t('accessLog.export')}
            </button>
          </div>
          <p id="access-log-export-hint" className="form-hint no-print">
            {t('accessLog.exportHint')}
          </p>
          <div
            className="table-scroll"
            role="region"
            aria-labelledby="access-log-caption"
            tabIndex={0}
          >
            <table className="table table--compact">
              <caption id="access-log-caption">{t('accessLog.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('accessLog.columns.at')}</th>
                  <th scope="col">{t('accessLog.columns.device')}</th>
                  <th scope="col">{t('accessLog.columns.role')}</th>
                  <th scope="col">{t('accessLog.columns.document')}</th>
                  <th scope="col">{t('accessLog.columns.action')}</th>
                </tr>
              </thead>
              <tbody>
                {answer.entries.map((entry, index) => (
                  // Entries have no id, and the list is not reordered while shown.
                  <tr key={index}>
                    <td>
                      <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
                    </td>
                    {entryWords(entry, t).map((word, column) => (
                      <td key={column}>{word}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
