/**
 * "Read in Declutter" (page) and "Open link in Declutter" (link). A link is opened in a new tab
 * the normal way (we fetch nothing ourselves); once that tab's content script reports its page,
 * the tab is switched into reader mode. Pending tabs live in storage.session, because the
 * service worker may sleep between the click and the report.
 */
import { browser, isRestrictedUrl, type Menus, type Tabs } from '../shared/platform.ts';
import { toggleTab } from './toggle-tab.ts';

const READ_PAGE = 'declutter-read-page';
const OPEN_LINK = 'declutter-open-link';
const pendingKey = (tabId: number) => `pending-reader:${tabId}`;

/** Menus persist across restarts; recreate them on install and start-up to pick up new titles. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const patterns = ['http://*/*', 'https://*/*'];
  browser.contextMenus.create({
    id: READ_PAGE,
    title: browser.i18n.getMessage('menuReadPage'),
    contexts: ['page'],
    documentUrlPatterns: patterns,
  });
  browser.contextMenus.create({
    id: OPEN_LINK,
    title: browser.i18n.getMessage('menuOpenLink'),
    contexts: ['link'],
    targetUrlPatterns: patterns,
  });
}

export async function onMenuClick(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  if (info.menuItemId === READ_PAGE && tab?.id !== undefined) {
    await toggleTab(tab.id, true);
  } else if (info.menuItemId === OPEN_LINK && info.linkUrl && !isRestrictedUrl(info.linkUrl)) {
    const opened = await browser.tabs.create({
      url: info.linkUrl,
      ...(tab?.id !== undefined ? { openerTabId: tab.id, index: tab.index + 1 } : {}),
    });
    if (opened.id !== undefined)
      await browser.storage.session.set({ [pendingKey(opened.id)]: true });
  }
}

/** Called for every page report: a tab opened from "Open link in Declutter" switches now. */
export async function onPageReported(tabId: number): Promise<void> {
  const key = pendingKey(tabId);
  const pending = await browser.storage.session.get(key);
  if (!pending[key]) return;
  await browser.storage.session.remove(key);
  await toggleTab(tabId, true).catch(() => false);
}

export async function forgetPending(tabId: number): Promise<void> {
  await browser.storage.session.remove(pendingKey(tabId));
}
