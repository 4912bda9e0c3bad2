/**
 * Asks a tab's content script for its article, injecting the content script first when the tab
 * was open before the extension was installed (activeTab grants that on a user gesture).
 */
import { sendToTab, type MessageReturn } from '../shared/messages.ts';
import { browser, contentScriptFiles, isRestrictedUrl } from '../shared/platform.ts';

export type TabArticle =
  | { state: 'restricted'; url: string | undefined }
  | { state: 'unreachable'; message: string }
  | ({ state: 'result' } & MessageReturn<'article:extract'>);

export async function loadTabArticle(tabId: number, force = false): Promise<TabArticle> {
  const tab = await browser.tabs.get(tabId);
  if (isRestrictedUrl(tab.url)) return { state: 'restricted', url: tab.url };
  try {
    return { state: 'result', ...(await sendToTab(tabId, 'article:extract', { force })) };
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: contentScriptFiles() });
      return { state: 'result', ...(await sendToTab(tabId, 'article:extract', { force })) };
    } catch (error) {
      // Every http(s) page lets us see its URL (our content-script match pattern), so a tab
      // whose URL stays hidden and refuses injection is a browser or store page.
      if (tab.url === undefined) return { state: 'restricted', url: undefined };
      return { state: 'unreachable', message: String(error) };
    }
  }
}
