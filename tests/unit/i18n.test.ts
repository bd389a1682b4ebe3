import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../src/app/i18n';

describe('loading texts', () => {
  it('bundles only the app frame and loads a screen’s texts, in the chosen language only', async () => {
    initI18n();
    expect(i18n.hasResourceBundle('da', 'common')).toBe(true);
    expect(i18n.hasResourceBundle('da', 'plan')).toBe(false);
    expect(i18n.hasResourceBundle('da', 'guide')).toBe(false);

    await i18n.loadNamespaces('plan');
    expect(i18n.hasResourceBundle('da', 'plan')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'plan')).toBe(false);
    expect(i18n.t('plan:title', { name: 'MK' })).toContain('MK');
  });
});
