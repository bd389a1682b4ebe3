import type { TFunction } from 'i18next';
import { isoWeek } from '../domain/dates';
import { talkKind, talkParticipants } from '../domain/talkRecords';
import type { NoticeDayOff } from '../domain/noticeDay';
import type { DayOffReason } from '../domain/workdays';

/** Texts about talks, shared by the plan, the calendar, printouts, .ics files and the peer's view. */
export function talkTitle(t: TFunction<'talks'>, key: string): string {
  const { kind, number } = talkKind(key);
  return t(`title.${kind}`, { number: number ?? 0 });
}

export function talkParticipantsText(t: TFunction<'talks'>, key: string): string {
  return t(`participants.${talkParticipants(key)}`);
}

export function talkAgenda(t: TFunction<'talks'>, key: string): string[] {
  return t(`agenda.${talkKind(key).kind}`, { returnObjects: true });
}

export function dayOffName(t: TFunction<'talks'>, reason: DayOffReason): string {
  return t(`dayOff.${reason}`);
}

/** That the last day to give notice is a day off, and which workday comes before it. */
export function noticeDayOffText(t: TFunction<'talks'>, dayOff: NoticeDayOff, date: string) {
  return t('markers.noticeOnDayOff', { day: dayOffName(t, dayOff.reason), date });
}

/** Why a talk left its rule date; a weekend is not named, as the weekday already says it. */
export function movedFromText(t: TFunction<'talks'>, ruleDate: string, reason: DayOffReason) {
  if (reason === 'saturday' || reason === 'sunday') {
    return t('movedFromWeekend', { date: ruleDate });
  }
  return t('movedFrom', { date: ruleDate, reason: dayOffName(t, reason) });
}

export function weekLabel(t: TFunction<'talks'>, date: string): string {
  return t('week', { week: isoWeek(date) });
}
