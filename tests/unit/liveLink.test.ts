import { describe, expect, it } from 'vitest';
import { liveStatusUrl, parseLiveFragment, type LiveLink } from '../../src/domain/liveLink';
import { isPeerViewPath, peerLinkLanguage } from '../../src/domain/statusLink';

const LINK: LiveLink = {
  server: 'https://sync.kommune.dk/godt',
  teamId: 'team-1',
  hireId: 'hire_2',
  token: 'Abc-def_ghijklmnopqrstuvwxyz0123',
  language: 'en',
};

describe('a live link', () => {
  it('carries everything in the fragment, and opens in its language', () => {
    const url = new URL(liveStatusUrl('https://app.example.dk', LINK));
    expect(url.pathname).toBe('/live');
    expect(url.search).toBe('');
    expect(parseLiveFragment(url.hash)).toEqual(LINK);
    expect(isPeerViewPath(url.pathname)).toBe(true);
    expect(peerLinkLanguage(url.pathname, url.search, url.hash)).toBe('en');
  });

  it('is incomplete without its server, team, hire or token, or with a malformed one', () => {
    const full = new URLSearchParams(new URL(liveStatusUrl('https://a.dk', LINK)).hash.slice(1));
    for (const part of ['s', 't', 'h', 'k']) {
      const cut = new URLSearchParams(full);
      cut.delete(part);
      expect(parseLiveFragment(cut.toString()), part).toBeNull();
    }
    const bad = new URLSearchParams(full);
    bad.set('s', 'javascript:alert(1)');
    expect(parseLiveFragment(bad.toString())).toBeNull();
    bad.set('s', LINK.server);
    bad.set('t', 'team:1');
    expect(parseLiveFragment(bad.toString())).toBeNull();
  });

  it('opens in Danish when it names no language the app knows', () => {
    const url = new URL(liveStatusUrl('https://a.dk', LINK));
    const hash = url.hash.replace('l=en', 'l=de');
    expect(parseLiveFragment(hash)?.language).toBe('da');
    expect(peerLinkLanguage('/live', '', hash)).toBeNull();
  });
});
