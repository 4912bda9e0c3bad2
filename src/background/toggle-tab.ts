/**
 * Switches a tab into (or out of) in-place reader mode, injecting the content script first when
 * the tab was open before Declutter was installed. Restricted pages are left alone.
 */
import { sendToTab } from '../shared/messages.ts';
import { browser, contentScriptFiles, isRestrictedUrl } from '../shared/platform.ts';

export async function toggleTab(tabId: number, on?: boolean): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab || isRestrictedUrl(tab.url)) return false;
  const data = on === undefined ? {} : { on };
  try {
    return (await sendToTab(tabId, 'reader:toggle', data)).active;
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: contentScriptFiles() });
    return (await sendToTab(tabId, 'reader:toggle', data)).active;
  }
}
