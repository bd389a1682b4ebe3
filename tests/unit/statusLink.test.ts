import { describe, expect, it } from 'vitest';
import { peerLinkLanguage, sharedStatusUrl } from '../../src/domain/statusLink';

describe('a shared status link', () => {
  it('carries the language it was made in, and opens in it', () => {
    const url = new URL(sharedStatusUrl('https://example.dk', 'v1.3.abc', 'en'));
    expect(url.hash).toBe('#v1.3.abc');
    expect(peerLinkLanguage(url.pathname, url.search)).toBe('en');
  });

  it('ignores an unknown language, and the language of any other page', () => {
    expect(peerLinkLanguage('/shared', '?lang=de')).toBeNull();
    expect(peerLinkLanguage('/shared', '')).toBeNull();
    expect(peerLinkLanguage('/settings', '?lang=en')).toBeNull();
  });
});
