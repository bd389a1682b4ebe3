import { describe, expect, it } from 'vitest';
import { joinFragment, parseJoinFragment } from '../../src/domain/joinLink';

const invitation = { server: 'https://sync.kommune.dk', invitation: 'abcdefghijklmnop_-12' };

describe('the invitation in a join link', () => {
  it('reads back what the link was made with, with or without the #', () => {
    expect(parseJoinFragment(joinFragment(invitation))).toEqual(invitation);
    expect(parseJoinFragment(`#${joinFragment(invitation)}`)).toEqual(invitation);
  });

  it('is missing when a part of the link is cut off', () => {
    expect(parseJoinFragment('')).toBeNull();
    expect(parseJoinFragment('server=https%3A%2F%2Fsync.kommune.dk')).toBeNull();
    expect(parseJoinFragment('invitation=abcdefghijklmnop_-12')).toBeNull();
    expect(parseJoinFragment(joinFragment(invitation).slice(0, -10))).toBeNull();
  });

  it('is refused when altered: a server that is not http(s), or a token with other characters', () => {
    expect(parseJoinFragment(joinFragment({ ...invitation, server: 'ftp://sync' }))).toBeNull();
    expect(
      parseJoinFragment(joinFragment({ ...invitation, server: 'sync.kommune.dk' })),
    ).toBeNull();
    expect(
      parseJoinFragment(joinFragment({ ...invitation, invitation: 'abcdefghijklmnop<12' })),
    ).toBeNull();
  });
});
