import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fake storage with sync and local areas; sync can be made to fail like a full quota.
const areas = vi.hoisted(() => ({
  sync: new Map<string, unknown>(),
  local: new Map<string, unknown>(),
  syncFails: false,
}));
vi.mock('webextension-polyfill', () => {
  const area = (name: 'sync' | 'local') => ({
    get: async (key: string) => (areas[name].has(key) ? { [key]: areas[name].get(key) } : {}),
    set: async (items: Record<string, unknown>) => {
      if (name === 'sync' && areas.syncFails)
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      for (const [k, v] of Object.entries(items)) areas[name].set(k, structuredClone(v));
    },
  });
  return {
    default: {
      storage: {
        sync: area('sync'),
        local: area('local'),
        onChanged: { addListener() {}, removeListener() {} },
      },
    },
  };
});

const { loadSettings, saveSettings, DEFAULTS } = await import('../../src/shared/settings.ts');

describe('settings storage', () => {
  beforeEach(() => {
    areas.sync.clear();
    areas.local.clear();
    areas.syncFails = false;
  });

  it('saves a change without losing the other values', async () => {
    await saveSettings({ theme: 'dark' });
    await saveSettings({ fontSize: 22 });
    expect(await loadSettings()).toEqual({ ...DEFAULTS, theme: 'dark', fontSize: 22 });
  });

  it('keeps a change on this device when sync refuses it, and reads it back', async () => {
    await saveSettings({ theme: 'dark' });
    areas.syncFails = true;
    await saveSettings({ theme: 'sepia' });
    expect((await loadSettings()).theme).toBe('sepia');
  });

  it('prefers synced settings over an older local copy', async () => {
    areas.local.set('settings', { theme: 'sepia', version: 1, savedAt: 1 });
    areas.sync.set('settings', { theme: 'dark', version: 1, savedAt: 2 });
    expect((await loadSettings()).theme).toBe('dark');
  });
});
