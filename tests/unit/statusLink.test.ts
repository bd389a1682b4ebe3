import { describe, expect, it } from 'vitest';
import { sharedStatusLanguage, sharedStatusUrl } from '../../src/domain/statusLink';

describe('a shared status link', () => {
  it('carries the language it was made in, and opens in it', () => {
    const url = new URL(sharedStatusUrl('https://example.dk', 'v1.3.abc', 'en'));
    expect(url.hash).toBe('#v1.3.abc');
    expect(sharedStatusLanguage(url.pathname, url.search)).toBe('en');
  });

  it('ignores an unknown language, and the language of any other page', () => {
    expect(sharedStatusLanguage('/shared', '?lang=de')).toBeNull();
    expect(sharedStatusLanguage('/shared', '')).toBeNull();
    expect(sharedStatusLanguage('/settings', '?lang=en')).toBeNull();
  });
});
