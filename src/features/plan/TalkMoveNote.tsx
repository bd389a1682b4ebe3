import { useTranslation } from 'react-i18next';
import { resetTalkDate } from '../../db/talkWrites';
import type { PlannedTalk } from '../../domain/followUps';
import type { Talk } from '../../domain/types';
import { useDateFormat } from '../../lib/dateFormat';
import { movedFromText } from '../../ui/talkText';
import { useWrite } from '../../connected/useWrite';
import { focusNextAfter } from '../../lib/focusNext';

interface TalkMoveNoteProps {
  talk: Talk;
  /** The rule's talk with the same key; undefined when the plan no longer has it. */
  planned: PlannedTalk | undefined;
  title: string;
}

/** Why a talk is on its date, when that is not the rule's plain date; and the way back. */
export function TalkMoveNote({ talk, planned, title }: TalkMoveNoteProps) {
  const { t } = useTranslation('plan');
  const { t: tTalks } = useTranslation('talks');
  const { formatDate } = useDateFormat();
  const write = useWrite();

  /** The way back removes its own button: focus goes on to the talk's next control. */
  async function resetDate(button: HTMLElement) {
    const next = focusNextAfter(button.parentElement ?? button);
    await write(() => resetTalkDate(talk.id));
    // The talk may move in the list, which drops focus; give it back.
    if (next?.isConnected && document.activeElement === document.body) next.focus();
  }

  if (!planned) return <p className="talk-move-note">{t('talk.notInPlan')}</p>;
  if (talk.date !== talk.computedDate) {
    const computed = formatDate(talk.computedDate, 'weekdayLong');
    if (!talk.movedByHand) {
      return <p className="talk-move-note">{t('talk.keptHeld', { date: computed })}</p>;
    }
    return (
      <p className="talk-move-note">
        {tTalks('movedByHand', { date: computed })}{' '}
        <button
          type="button"
          className="button button-tertiary no-print"
          onClick={(event) => void resetDate(event.currentTarget)}
        >
          {t('talk.reset')}
          <span className="sr-only">: {title}</span>
        </button>
      </p>
    );
  }
  if (planned.movedBecause && planned.date === talk.date) {
    return (
      <p className="talk-move-note">
        {movedFromText(tTalks, formatDate(planned.ruleDate, 'weekdayLong'), planned.movedBecause)}
      </p>
    );
  }
  return null;
}
