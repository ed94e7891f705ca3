// The one IPC contract. Main's handler table (src/main/ipc) and the preload bridge (src/preload) are
// both typed from this map, so a channel cannot exist on one side only. Events from main to the renderer
// (the other direction) are in events.ts.
import type { Settings } from '../settings/schema';
import type { SettingsSnapshot } from '../settings/layers';

export interface AppInfo {
  name: string;
  version: string;
  platform: 'desktop' | 'web';
  os: string;
}

/** What a folder is chosen for: main refuses any other value. */
export const FOLDER_PURPOSES = ['caption-models'] as const;
export type FolderPurpose = (typeof FOLDER_PURPOSES)[number];

export interface ChooseFolderRequest {
  purpose: FolderPurpose;
  /** The dialog's title in the agent's language (main has no translations). */
  title: string;
}

export interface IpcContract {
  'settings:load': { request: void; response: SettingsSnapshot };
  'settings:save': { request: Settings; response: SettingsSnapshot };
  'vault:get-password': { request: { accountId: string }; response: string | null };
  'vault:set-password': { request: { accountId: string; password: string }; response: void };
  'vault:delete-password': { request: { accountId: string }; response: void };
  'app:info': { request: void; response: AppInfo };
  /** The OS folder picker; the chosen absolute path, or null when the agent cancels. */
  'dialog:choose-folder': { request: ChooseFolderRequest; response: string | null };
}

export type Channel = keyof IpcContract;
export type RequestOf<C extends Channel> = IpcContract[C]['request'];
export type ResponseOf<C extends Channel> = IpcContract[C]['response'];

/** Every channel, for registration and for the preload's allowlist. */
export const CHANNELS = [
  'settings:load',
  'settings:save',
  'vault:get-password',
  'vault:set-password',
  'vault:delete-password',
  'app:info',
  'dialog:choose-folder',
] as const satisfies readonly Channel[];

// Compile-time check that CHANNELS lists every key of IpcContract.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const _allListed: Missing extends never ? true : Missing = true;
void _allListed;

/** Errors cross IPC as values: Electron would otherwise strip them to a bare message. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; issues?: string[] } };
