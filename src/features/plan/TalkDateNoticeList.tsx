import type { TalkDateContext } from '../../domain/talkInput';
import type { Talk } from '../../domain/types';
import { useTalkDateNotices } from './useTalkDateNotices';

/** A stored talk on a day off or outside the probation says so: allowed, but worth a look. */
export function TalkDateNoticeList({ talk, context }: { talk: Talk; context: TalkDateContext }) {
  const notices = useTalkDateNotices()(talk.key, talk.date, context);
  if (notices.length === 0) return null;
  return (
    <div className="field-notice talk-date-notice">
      {notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
    </div>
  );
}
