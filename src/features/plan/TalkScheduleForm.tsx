import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalidField } from '../../lib/focusFirstInvalidField';
import { hasUnreadableDate } from '../../lib/unreadableDate';
import { moveTalk } from '../../db/talkWrites';
import { skippedTimeReadAs } from '../../domain/copenhagenTime';
import {
  parseTimeOfDay,
  validateTalkDate,
  type TalkDateContext,
  type TalkDateError,
} from '../../domain/talkInput';
import type { Talk } from '../../domain/types';
import { FIELD_ERROR_LIMITS } from '../../domain/validation';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../connected/useWrite';
import { useTalkDateNotices } from './useTalkDateNotices';

interface TalkScheduleFormProps {
  talk: Talk;
  title: string;
  context: TalkDateContext;
}

/** Moving a talk to another date and setting its time of day, behind a toggle. */
export function TalkScheduleForm({ talk, title, context }: TalkScheduleFormProps) {
  const { t } = useTranslation(['plan', 'common', 'calendar']);
  const write = useWrite();
  const dateNotices = useTalkDateNotices();
  const formId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(talk.date);
  const [dateUnreadable, setDateUnreadable] = useState(false);
  const [time, setTime] = useState(talk.time ?? '');
  const [dateError, setDateError] = useState<TalkDateError | null>(null);
  const [timeError, setTimeError] = useState(false);

  function show(next: boolean) {
    setOpen(next);
    setDate(talk.date);
    setTime(talk.time ?? '');
    setDateError(null);
    setTimeError(false);
    setDateUnreadable(false);
  }

  function close() {
    show(false);
    toggle.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newDateError = validateTalkDate(date, hasUnreadableDate(event.currentTarget));
    const parsedTime = parseTimeOfDay(time);
    setDateError(newDateError);
    setTimeError(!parsedTime.ok);
    if (newDateError || !parsedTime.ok) {
      focusFirstInvalidField(event.currentTarget);
      return;
    }
    if (await write(() => moveTalk(talk.id, date.trim(), parsedTime.time))) close();
  }

  const dateIsValid = !dateUnreadable && validateTalkDate(date) === null;
  const notices = dateIsValid ? dateNotices(talk.key, date.trim(), context) : [];
  // Said where the time is typed, as the printouts say it: the night summer time starts.
  const parsedTime = parseTimeOfDay(time);
  const typedTime = parsedTime.ok ? parsedTime.time : null;
  const readAs = dateIsValid && typedTime ? skippedTimeReadAs(date.trim(), typedTime) : null;
  return (
    <div className="talk-schedule">
      <button
        ref={toggle}
        type="button"
        className="button button-tertiary"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => show(!open)}
      >
        {t('talk.reschedule')}
        <span className="sr-only">: {title}</span>
      </button>
      {open && (
        <form id={formId} className="talk-schedule-form" onSubmit={submit} noValidate>
          <TextField
            label={t('talk.date')}
            type="date"
            className="input-width-s"
            value={date}
            error={dateError ? t(`common:fieldErrors.${dateError}`, FIELD_ERROR_LIMITS) : null}
            notice={notices.join(' ') || null}
            onChange={(event) => {
              setDate(event.target.value);
              setDateUnreadable(event.target.validity.badInput);
            }}
          />
          <TextField
            label={t('talk.timeLabel')}
            hint={t('talk.timeHint')}
            className="input-width-xs"
            inputMode="numeric"
            autoComplete="off"
            value={time}
            error={timeError ? t('talk.timeError') : null}
            notice={readAs && t('calendar:ics.skippedTime', { time: typedTime, readAs })}
            onChange={(event) => setTime(event.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary">
              {t('talk.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={close}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
