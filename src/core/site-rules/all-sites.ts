import type { SiteRule } from './types.ts';

/**
 * Markup no article contains, from the few widely shared vendors that inject it into pages
 * everywhere: consent managers, ad slots, and modal dialogs (paywall and sign-up pop-ups).
 */
export const allSites: SiteRule = {
  host: '*',
  why: 'Consent banners, ad slots and modal dialogs injected by shared vendors on any site.',
  remove: [
    '#CybotCookiebotDialog',
    '#didomi-host',
    '#onetrust-consent-sdk',
    '#usercentrics-root',
    '.fc-consent-root',
    '.qc-cmp2-container',
    '[aria-modal="true"]',
    '[id^="div-gpt-ad"]',
    '[id^="google_ads_"]',
    '[role="alertdialog"]',
    'amp-ad',
    'amp-consent',
    'ins.adsbygoogle',
  ],
};
