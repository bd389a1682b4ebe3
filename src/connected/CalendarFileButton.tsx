import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarFileName, talkCalendar, type HireTalks } from '../domain/calendarEvents';
import type { IsoDate } from '../domain/dates';
import type { Hire } from '../domain/types';
import { listTalks } from '../db/talkReads';
import { useUiStore } from '../store/ui';
import { downloadTextFile } from '../lib/download';
import { talkEventTexts } from '../ui/calendarFile';

interface CalendarFileButtonProps {
  /** Whose talks: a hire's or a team's name; names the calendar and the file. */
  name: string;
  /** The date in the file name (a hire's start, or the day of export). */
  date: IsoDate;
  /** Reads the talks when the button is pressed, so the file holds what is stored now. */
  load: () => Promise<readonly HireTalks[]>;
}

/** Downloads the given talks as an .ics file in the chosen language. */
export function CalendarFileButton({ name, date, load }: CalendarFileButtonProps) {
  const { t: tTalks } = useTranslation('talks');
  const { t } = useTranslation('calendar');
  const showToast = useUiStore((s) => s.showToast);
  const [busy, setBusy] = useState(false);

  async function download() {
    if (busy) return;
    setBusy(true);
    try {
      const text = talkCalendar({
        calendarName: t('ics.calendarName', { name }),
        hires: await load(),
        texts: talkEventTexts(tTalks, t),
        exportedAt: Date.now(),
      });
      downloadTextFile(calendarFileName(t('ics.fileStem'), name, date), text, 'text/calendar');
    } catch (error) {
      console.error(error);
      showToast({ kind: 'error', messageKey: 'calendar:ics.failed' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() => void download()}
      aria-disabled={busy}
    >
      {t('ics.button')}
    </button>
  );
}

/** One hire's talks as an .ics file, e.g. on the hire page or the follow-up plan. */
export function HireCalendarButton({ hire }: { hire: Hire }) {
  return (
    <CalendarFileButton
      name={hire.name}
      date={hire.startDate}
      load={async () => [{ hireName: hire.name, talks: await listTalks(hire.id) }]}
    />
  );
}
