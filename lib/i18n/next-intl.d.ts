// Typed message keys and locales for useTranslations / getTranslations (en.json is the reference).
import type en from '../../messages/en.json';
import type { Locale } from './locales';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
