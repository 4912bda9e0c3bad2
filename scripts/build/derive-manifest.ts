import type { ManifestV3Export } from '@crxjs/vite-plugin';

export type Target = 'chrome' | 'firefox';

/** The gecko id is stable so Firefox keeps a user's storage across updates. */
export const GECKO_ID = 'declutter@declutter.example';
/** The oldest Firefox the package installs in (its manifest's strict_min_version). */
export const FIREFOX_MIN_VERSION = 142;

type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[]; type?: string };
};

/**
 * One manifest.json, two packages. Chrome runs the background as a service worker; Firefox MV3
 * runs it as an event page (`background.scripts`) and needs a gecko id.
 */
export function deriveManifest(base: Manifest, target: Target): ManifestV3Export {
  const manifest: Manifest = structuredClone(base);
  if (target === 'firefox') {
    const entry = manifest.background.service_worker ?? manifest.background.scripts?.[0];
    if (!entry) throw new Error('manifest.json: background needs a service_worker entry');
    manifest.background = { scripts: [entry], type: 'module' };
    delete manifest.minimum_chrome_version;
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: `${FIREFOX_MIN_VERSION}.0`,
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest as unknown as ManifestV3Export;
}
