/**
 * browser.i18n for the view. An empty answer means a missing key; the key itself is shown then,
 * so a gap is visible in review rather than a blank button.
 */
import { browser } from '../shared/platform.ts';
import type { Translate } from './dom.ts';

export const t: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions) || key;

/** The UI language, for dates and for the `lang` of our own chrome (not the article's). */
export const uiLanguage = (): string => browser.i18n.getUILanguage();
