/**
 * Settings storage: every context reads `storage.sync` itself (with `storage.local` as the
 * fallback when sync fails), so no message ever carries settings.
 */
import { browser } from './platform.ts';
import { normalize, SCHEMA_VERSION, STORAGE_KEY, type Settings } from './settings-schema.ts';

export * from './settings-schema.ts';

export async function loadSettings(): Promise<Settings> {
  const [sync, local] = await Promise.all([
    browser.storage.sync.get(STORAGE_KEY).catch(() => ({}) as Record<string, unknown>),
    browser.storage.local.get(STORAGE_KEY).catch(() => ({}) as Record<string, unknown>),
  ]);
  return normalize(newest(sync[STORAGE_KEY], local[STORAGE_KEY]));
}

let lastStamp = 0;
/** Strictly increasing within a context, so two saves in one millisecond still order. */
const stamp = (): number => (lastStamp = Math.max(Date.now(), lastStamp + 1));

const savedAt = (stored: unknown): number =>
  Number((stored as { savedAt?: unknown } | undefined)?.savedAt) || 0;

/** Sync wins unless a failed sync write left a newer copy on this device. */
function newest(sync: unknown, local: unknown): unknown {
  if (sync === undefined) return local;
  return local !== undefined && savedAt(local) > savedAt(sync) ? local : sync;
}

/** Saves a change; retries once, then reports, so a failed sync write is never silently lost. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normalize({ ...(await loadSettings()), ...change, version: SCHEMA_VERSION });
  const payload = { [STORAGE_KEY]: { ...next, version: SCHEMA_VERSION, savedAt: stamp() } };
  try {
    await browser.storage.sync.set(payload);
  } catch {
    // storage.sync may be over quota or offline-disabled; local keeps the value on this device.
    await browser.storage.local.set(payload);
  }
  return next;
}

export function onSettingsChanged(
  callback: (settings: Settings) => void,
  signal?: AbortSignal,
): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' && area !== 'local') return;
    const change = changes[STORAGE_KEY];
    if (change) callback(normalize(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
