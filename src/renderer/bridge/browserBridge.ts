// The host for the web build: settings in localStorage, optional admin policy served beside the app as
// policy.json, and a password vault in IndexedDB encrypted with a non-extractable WebCrypto key.
import type { Bridge } from '../../shared/bridge';
import { BridgeError } from '../../shared/bridge';
import { applyPolicy, parsePolicy, parseUserSettings, SettingsError } from '../../shared/settings/layers';
import { defaultSettings, type Policy, type Settings } from '../../shared/settings/schema';
import { moveIceCredentialsToVault } from '../../shared/settings/iceCredentials';
import { createEventHub } from '../../shared/events/eventHub';
import { watchBrowserEvents, type BrowserPage } from './browserEvents';
import { createWebVault } from './webVault';

const SETTINGS_KEY = 'switchboard.settings';

/** @param page where host events are observed (the window, read only once something listens). */
export function createBrowserBridge(storage: Storage = window.localStorage, fetchPolicy = loadPolicyFile, page?: BrowserPage): Bridge {
  const vault = createWebVault();
  // Fetched once, from the start, so the first settings load does not wait a round trip for it.
  const policy: Promise<Policy | null> = fetchPolicy();
  policy.catch(() => undefined); // reported by the load() that awaits it
  const currentPolicy = () => policy;

  const readUser = (): Settings => {
    const text = storage.getItem(SETTINGS_KEY);
    if (text === null) return structuredClone(defaultSettings);
    try {
      return parseUserSettings(JSON.parse(text), 'Saved settings');
    } catch (e) {
      // Keep the broken copy for support rather than overwriting it silently.
      storage.setItem(`${SETTINGS_KEY}.invalid-${Date.now()}`, text);
      storage.removeItem(SETTINGS_KEY);
      console.warn('Switchboard: saved settings were invalid and were set aside', e instanceof Error ? e.message : e);
      return structuredClone(defaultSettings);
    }
  };

  // TURN credentials an older version kept in the saved settings move to the vault before the first load.
  let secretsMoved: Promise<void> | null = null;
  const moveSecrets = async () => {
    const text = storage.getItem(SETTINGS_KEY);
    const moved = text === null ? null : await moveIceCredentialsToVault(text, vault);
    if (moved) storage.setItem(SETTINGS_KEY, moved.text);
  };

  return {
    settings: {
      async load() {
        await (secretsMoved ??= moveSecrets());
        return applyPolicy(readUser(), await guard(currentPolicy()));
      },
      async save(next) {
        const valid = await guard(Promise.resolve().then(() => parseUserSettings(next, 'Settings')));
        storage.setItem(SETTINGS_KEY, JSON.stringify(valid));
        return applyPolicy(valid, await guard(currentPolicy()));
      },
    },
    vault,
    app: {
      async info() {
        return { name: 'Switchboard', version: __APP_VERSION__, platform: 'web', os: navigator.userAgent };
      },
    },
    files: webFiles,
    events: createEventHub(
      (emit) => watchBrowserEvents(page ?? window, emit),
      (m) => console.warn(`Switchboard: ${m}`),
    ),
  };
}

/** A web page cannot name a folder on disk: no picker, said plainly if asked anyway. */
export const webFiles: Bridge['files'] = {
  canChooseFolder: false,
  async chooseFolder() {
    throw new BridgeError('not-available', 'Choosing a folder is not available in the web build: type the folder path instead.');
  },
};

async function guard<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof SettingsError) throw new BridgeError('invalid-settings', e.message, e.issues);
    throw e;
  }
}

/** policy.json beside index.html: absent is fine (no policy); present but broken is an error, never ignored. */
async function loadPolicyFile(): Promise<Policy | null> {
  const res = await fetch(new URL('policy.json', document.baseURI), { cache: 'no-store' });
  if (res.status === 404) return null;
  if (!res.ok) throw new BridgeError('policy-unavailable', `Admin policy could not be read (HTTP ${res.status})`);
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null; // dev servers answer unknown paths with index.html
  let raw: unknown;
  try {
    raw = await res.json();
  } catch (e) {
    throw new SettingsError('Admin policy (policy.json)', [`not valid JSON: ${e instanceof Error ? e.message : e}`]);
  }
  return parsePolicy(raw, 'Admin policy (policy.json)');
}
