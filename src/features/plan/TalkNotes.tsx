import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setTalkNotes } from '../../db/talkWrites';
import type { Talk } from '../../domain/types';
import { AutosaveTextarea } from '../../ui/AutosaveTextarea';
import { useNotesKeptElsewhere } from '../../connected/useNotesKeptElsewhere';
import { useWrite } from '../../connected/useWrite';
import { useFocusFieldOnOpen } from '../../lib/useFocusFieldOnOpen';

/** The manager's private notes on a talk; never in the peer's view, a link or a calendar. */
export function TalkNotes({ talk, title }: { talk: Talk; title: string }) {
  const { t } = useTranslation('plan');
  const write = useWrite();
  const [open, setOpen] = useState(false);
  const { container, opening } = useFocusFieldOnOpen<HTMLDivElement>(open);
  const keptElsewhere = useNotesKeptElsewhere(talk.hireId);
  if (keptElsewhere) {
    return <p className="talk-notes-elsewhere">{t('talk.notesKeptElsewhere')}</p>;
  }
  return (
    <div className="talk-notes" ref={container}>
      {talk.notes && !open && <p className="talk-notes-text">{talk.notes}</p>}
      <button
        type="button"
        className="button button-tertiary"
        aria-expanded={open}
        onClick={() => {
          if (!open) opening();
          setOpen(!open);
        }}
      >
        {t(talk.notes ? 'talk.editNotes' : 'talk.notes')}
        <span className="sr-only">: {title}</span>
      </button>
      {open && (
        <AutosaveTextarea
          label={t('talk.notesLabel', { title })}
          hint={t('talk.notesHint')}
          value={talk.notes}
          onSave={(notes) => write(() => setTalkNotes(talk.id, notes))}
        />
      )}
    </div>
  );
}
