import { describe, expect, it } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { preloadScreen } from '../../src/app/router';

// Its own file: no other test has loaded any texts yet.
describe("a screen's texts", () => {
  it('load with its code, before its first render, for every part of the screen', async () => {
    const i18n = initI18n();
    await i18n.changeLanguage('da');
    const partsOfHireScreen = ['hire', 'checklists', 'talks', 'calendar'];
    expect(partsOfHireScreen.some((ns) => i18n.hasLoadedNamespace(ns))).toBe(false);
    // Checklist rows and the next talk read their texts without waiting for them.
    await preloadScreen('/hires/some-hire');
    for (const ns of partsOfHireScreen) expect(i18n.hasLoadedNamespace(ns)).toBe(true);
    expect(i18n.hasLoadedNamespace('plan')).toBe(false);
  });
});
