// The web build's host (real IndexedDB through fake-indexeddb, real WebCrypto): settings an older version
// saved with a TURN credential load without it, and the credential is in the encrypted vault instead.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { iceCredentialId } from '../../shared/settings/iceCredentials';
import { defaultSettings } from '../../shared/settings/schema';
import { createBrowserBridge } from './browserBridge';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

const turn = { urls: 'turn:turn.example.com:3478', username: 'agent7' };
const account = { displayName: '', sipAddress: 'sip:1001@pbx.example.com', username: '', websocketServer: 'wss://pbx.example.com/ws', rememberPassword: false };

describe('browser bridge (real IndexedDB and WebCrypto)', () => {
  it('moves a TURN credential saved by an older version from localStorage to the vault on first load', async () => {
    const storage = memoryStorage();
    storage.setItem('switchboard.settings', JSON.stringify({ ...defaultSettings, account: { ...account, iceServers: [{ ...turn, credential: 's3cret' }] } }));
    const bridge = createBrowserBridge(storage, async () => null);
    const snapshot = await bridge.settings.load();
    expect(snapshot.user.account?.iceServers).toEqual([turn]);
    expect(storage.getItem('switchboard.settings')).not.toContain('s3cret');
    expect(await bridge.vault.getPassword(iceCredentialId(turn))).toBe('s3cret');
  });

  it('escape: saving settings with a TURN credential is refused, naming the field, and nothing is stored', async () => {
    const storage = memoryStorage();
    const bridge = createBrowserBridge(storage, async () => null);
    await expect(bridge.settings.save({ ...defaultSettings, account: { ...account, iceServers: [{ ...turn, credential: 's3cret' }] } })).rejects.toMatchObject({
      code: 'invalid-settings',
      issues: ['account.iceServers.0.credential: TURN credentials are kept in the credential vault, not in settings'],
    });
    expect(storage.getItem('switchboard.settings')).toBeNull();
  });
});

describe('browser bridge events', () => {
  it('the page going online or offline is a network change, until the listener unsubscribes', () => {
    const page = Object.assign(new EventTarget(), { setInterval, clearInterval }) as unknown as Window;
    const bridge = createBrowserBridge(memoryStorage(), async () => null, page);
    const seen: unknown[] = [];
    const off = bridge.events.on('network:change', (change) => seen.push(change));
    page.dispatchEvent(new Event('offline'));
    page.dispatchEvent(new Event('online'));
    expect(seen).toEqual([{ online: false }, { online: true }]);
    off();
    page.dispatchEvent(new Event('online'));
    expect(seen).toHaveLength(2);
  });
});
