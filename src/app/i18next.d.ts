import 'i18next';
import type { da } from '../../locales/resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof da;
  }
}
