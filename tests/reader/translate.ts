/** The English messages as a Translate function, with browser.i18n's $1…$9 substitution. */
import { readFileSync } from 'node:fs';
import type { Translate } from '../../src/reader/dom.ts';

export const EN = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

export const t: Translate = (key, subs) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const message = EN[key]?.message;
  if (message === undefined) throw new Error(`missing message: ${key}`);
  return message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
};
