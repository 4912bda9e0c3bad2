import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveManifest, GECKO_ID } from '../../scripts/build/derive-manifest.ts';

const base = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('one manifest, two packages', () => {
  it('keeps the service worker for Chrome', () => {
    const chrome = deriveManifest(base, 'chrome') as Record<string, any>;
    expect(chrome.background).toEqual({
      service_worker: 'src/background/index.ts',
      type: 'module',
    });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('turns it into background scripts with a gecko id for Firefox', () => {
    const firefox = deriveManifest(base, 'firefox') as Record<string, any>;
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });

  it('asks for no host permissions and no remote code', () => {
    expect(base.host_permissions).toBeUndefined();
    expect(base.permissions).not.toContain('tabs');
    expect(base.content_security_policy.extension_pages).toMatch(/script-src 'self';/);
    expect(base.content_security_policy.extension_pages).not.toMatch(/unsafe-eval|http/);
  });

  it('does not let the derived manifest share objects with the base', () => {
    const firefox = deriveManifest(base, 'firefox') as Record<string, any>;
    firefox.permissions.push('tabs');
    expect(base.permissions).not.toContain('tabs');
  });
});
