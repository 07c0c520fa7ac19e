import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
// zod's core only: the whole of zod is loaded with the first screen that parses a form.
import { config as configureZod } from 'zod/v4/core';
import { en } from './en';
import { nl, type Messages } from './nl';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages };
  }
}

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

void i18next.use(initReactI18next).init({
  lng: 'nl',
  fallbackLng: 'nl',
  resources: { nl: { translation: nl }, en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

/**
 * zod's generic messages (too long, not a number…) in the user's language. Rules with their own
 * message carry an i18n key instead, translated where the error is shown.
 */
configureZod({
  customError: (issue) => {
    if (issue.code === 'too_big' && issue.origin === 'string') {
      return i18next.t('validation.tooLong', { maximum: Number(issue.maximum) });
    }
    if (issue.code === 'too_small' && issue.origin === 'string') {
      return Number(issue.minimum) <= 1
        ? i18next.t('validation.required')
        : i18next.t('validation.tooShort', { minimum: Number(issue.minimum) });
    }
    if (issue.code === 'too_small') {
      return i18next.t('validation.tooSmall', { minimum: Number(issue.minimum) });
    }
    if (issue.code === 'too_big') {
      return i18next.t('validation.tooBig', { maximum: Number(issue.maximum) });
    }
    if (issue.code === 'invalid_type' && issue.expected === 'number') {
      return i18next.t('validation.invalidNumber');
    }
    if (issue.code === 'invalid_type' && issue.expected === 'int') {
      return i18next.t('validation.wholeNumber');
    }
    if (issue.code === 'invalid_format' && issue.format === 'email') {
      return i18next.t('validation.invalidEmail');
    }
    return i18next.t('validation.invalid');
  },
});

/** A validation message from a schema: an i18n key, or text zod's error map already made. */
export function translateMessage(message: string | undefined): string | undefined {
  if (!message) return undefined;
  return i18next.exists(message) ? i18next.t(message as never) : message;
}

export { i18next };
