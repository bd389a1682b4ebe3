import { useTranslation } from 'react-i18next';
import { setTalkStatus } from '../../db/talks';
import type { Talk, TalkStatus } from '../../domain/types';
import { useWrite } from '../../ui/useWrite';
import { RadioGroup } from './RadioGroup';

const STATUSES: readonly TalkStatus[] = ['planned', 'held', 'cancelled'];

/** Planned, held or cancelled – and back again. */
export function TalkStatusField({ talk, title }: { talk: Talk; title: string }) {
  const { t } = useTranslation('plan');
  const { t: tTalks } = useTranslation('talks');
  const write = useWrite();
  return (
    <RadioGroup
      className="talk-status"
      legend={
        <>
          {t('talk.status')}
          <span className="sr-only">: {title}</span>
        </>
      }
      value={talk.status}
      onChange={(status) => void write(() => setTalkStatus(talk.id, status))}
      options={STATUSES.map((value) => ({ value, label: tTalks(`status.${value}`) }))}
    />
  );
}
