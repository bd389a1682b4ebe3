import 'i18next';
import type { da } from '../../locales/resources';
// Loaded by the guide route itself (src/features/guide/guideTexts.ts), typed like the rest.
import type daGuide from '../../locales/da/guide.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof da & { guide: typeof daGuide };
  }
}
