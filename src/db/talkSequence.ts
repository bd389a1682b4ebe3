import type { DBCore, Middleware } from 'dexie';
import { nextTalkSequence } from '../domain/talkSequence';
import type { Talk } from '../domain/types';
import { isFromElsewhere, isSchemaUpgrade } from './carriedWrites';

const TALKS_TABLE = 'talks';

/**
 * Raises a talk's calendar sequence on every write to the talks table – moves, times,
 * status, replanning and restored backups alike – so that no write path can forget it
 * and every calendar file exported after a change carries a higher SEQUENCE.
 */
export const raiseTalkSequence: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RaiseTalkSequence',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== TALKS_TABLE) return table;
      return {
        ...table,
        mutate: (req) => {
          // A talk from another device comes with its sequence; an upgrade changes no event.
          const carried = isFromElsewhere(req.trans) || isSchemaUpgrade(req.trans);
          if ((req.type !== 'add' && req.type !== 'put') || carried) {
            return table.mutate(req);
          }
          const now = Date.now();
          const values = req.values.map((talk: Talk) => ({
            ...talk,
            sequence: nextTalkSequence(talk.sequence, now),
          }));
          return table.mutate({ ...req, values });
        },
      };
    },
  }),
};
