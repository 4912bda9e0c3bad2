/**
 * The only module that touches the WebExtension API (uBlock's `ext.js` idea): every other context
 * imports `browser` from here, so moving off the polyfill later is a one-file change.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage, Menus } from 'webextension-polyfill';

/** Firefox extension pages live on `moz-extension:`; Chrome's on `chrome-extension:`. */
export function isFirefox(): boolean {
  return browser.runtime.getURL('').startsWith('moz-extension:');
}

/**
 * Pages where no extension may run a content script, whatever its permissions. An unknown URL
 * (no permission to see it) is not restricted: the content script may still answer.
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  if (!/^https?:/i.test(url)) return true;
  return /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)\//i.test(
    url,
  );
}

/** The content-script file as built (crxjs renames it), read from the built manifest. */
export function contentScriptFiles(): string[] {
  const manifest = browser.runtime.getManifest();
  return manifest.content_scripts?.[0]?.js ?? [];
}

/**
 * True once the extension was reloaded or updated under a running content script: every API call
 * would throw "Extension context invalidated", so the script must tear down instead.
 */
export function extensionContextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}
