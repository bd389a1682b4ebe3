import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';

describe('the access log retention setting', () => {
  it('keeps entries twelve months unless ACCESS_LOG_RETENTION_DAYS says otherwise', () => {
    expect(readConfig({})).toMatchObject({ ok: true, config: { ACCESS_LOG_RETENTION_DAYS: 365 } });
    expect(readConfig({ ACCESS_LOG_RETENTION_DAYS: '30' })).toMatchObject({
      ok: true,
      config: { ACCESS_LOG_RETENTION_DAYS: 30 },
    });
  });

  it('refuses a retention that is not a whole number of days', () => {
    for (const value of ['0', '1.5', 'ever']) {
      const read = readConfig({ ACCESS_LOG_RETENTION_DAYS: value });
      expect(read.ok).toBe(false);
      expect(!read.ok && read.problems[0]).toMatch(/^ACCESS_LOG_RETENTION_DAYS: /);
    }
  });
});
