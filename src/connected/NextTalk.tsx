import { useLiveQuery } from 'dexie-react-hooks';
import { listTalks } from '../db/talkReads';
import { NextTalkSummary } from '../ui/NextTalkSummary';

/** A hire's next talk, read from the database. */
export function NextTalk({ hireId }: { hireId: string }) {
  const talks = useLiveQuery(() => listTalks(hireId), [hireId]);
  return talks ? <NextTalkSummary talks={talks} /> : null;
}
