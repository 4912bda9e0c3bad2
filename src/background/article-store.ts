/**
 * Articles handed to full-tab reader pages, kept in storage.session (memory only, cleared when
 * the browser closes) so a reader tab survives a reload and a service-worker restart.
 */
import type { ExtractResult } from '../core/types.ts';
import { browser } from '../shared/platform.ts';

const PREFIX = 'reader:';

export async function storeArticle(result: ExtractResult): Promise<string> {
  const key = crypto.randomUUID();
  await browser.storage.session.set({ [PREFIX + key]: result });
  return key;
}

export async function getStoredArticle(key: string): Promise<ExtractResult | null> {
  if (!/^[\w-]{1,64}$/.test(key)) return null;
  const got = await browser.storage.session.get(PREFIX + key);
  return (got[PREFIX + key] as ExtractResult | undefined) ?? null;
}
