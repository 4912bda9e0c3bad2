import type { PageStatus } from '../shared/messages.ts';
import { browser } from '../shared/platform.ts';

/** Marks the toolbar button of a tab whose page reads as an article. */
export async function showPageStatus(tabId: number, status: PageStatus): Promise<void> {
  const on = status.verdict.isArticle;
  await Promise.all([
    // Kept per tab so the popup can explain its verdict without asking the page again.
    browser.storage.session.set({ [statusKey(tabId)]: status }),
    browser.action.setBadgeText({ tabId, text: on ? '✓' : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#2e7d32' }),
    browser.action.setTitle({
      tabId,
      title: on
        ? browser.i18n.getMessage('actionTitleArticle')
        : browser.i18n.getMessage('actionTitle'),
    }),
  ]);
}

export const statusKey = (tabId: number) => `status:${tabId}`;

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(statusKey(tabId));
}
