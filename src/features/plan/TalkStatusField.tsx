import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setTalkStatus } from '../../db/talkWrites';
import type { Talk, TalkStatus } from '../../domain/types';
import { useWrite } from '../../connected/useWrite';
import { RadioGroup } from '../../ui/RadioGroup';

const STATUSES: readonly TalkStatus[] = ['planned', 'held', 'cancelled'];

/** A choice being saved, and the stored status it was made from. */
interface PendingChoice {
  from: TalkStatus;
  to: TalkStatus;
}

/** Planned, held or cancelled – and back again. */
export function TalkStatusField({ talk, title }: { talk: Talk; title: string }) {
  const { t } = useTranslation('plan');
  const { t: tTalks } = useTranslation('talks');
  const write = useWrite();
  const [pending, setPending] = useState<PendingChoice | null>(null);
  // Show the choice while it is saved, until the stored status moves on from where it was.
  const shown = pending?.from === talk.status ? pending.to : talk.status;

  async function choose(status: TalkStatus) {
    setPending({ from: talk.status, to: status });
    if (!(await write(() => setTalkStatus(talk.id, status)))) setPending(null);
  }

  return (
    <RadioGroup
      className="talk-status"
      legend={
        <>
          {t('talk.status')}
          <span className="sr-only">: {title}</span>
        </>
      }
      value={shown}
      onChange={(status) => void choose(status)}
      options={STATUSES.map((value) => ({ value, label: tTalks(`status.${value}`) }))}
    />
  );
}
