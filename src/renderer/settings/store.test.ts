// @vitest-environment happy-dom
// One path for a change: save -> the host validates and stores -> the snapshot changes -> every
// feature that follows settings hears it through onSettingsChange.
import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/settings/schema';
import { onSettingsChange, useSettings } from './store';

// The web bridge asks for policy.json at start-up: no server here, so no policy (404).
vi.hoisted(() => {
  globalThis.fetch = async () => new Response(null, { status: 404 });
});

const account = { displayName: 'Ann', sipAddress: 'sip:1001@pbx.example.com', username: '', websocketServer: 'wss://pbx.example.com/ws', iceServers: [], rememberPassword: false };

it('a load and each valid save reach the listeners once, with the password already known; a refused save reaches none', async () => {
  const heard: { effective: Settings; previous: Settings | undefined; password: string | null }[] = [];
  const stop = onSettingsChange((effective, previous) => {
    void useSettings
      .getState()
      .password(effective.account ?? account)
      .then((password) => heard.push({ effective, previous, password }));
  });
  await useSettings.getState().load();
  await useSettings.getState().save({ ...structuredClone(defaultSettings), account }, 's3cret');
  await useSettings.getState().save({ ...structuredClone(defaultSettings), account, captions: { ...defaultSettings.captions, modelId: '../escape' } });
  await vi.waitFor(() => expect(heard).toHaveLength(2));
  expect(heard[0]).toMatchObject({ effective: defaultSettings, previous: undefined, password: null });
  expect(heard[1]).toMatchObject({ effective: { account }, previous: defaultSettings, password: 's3cret' });
  expect(useSettings.getState().error?.issues[0]).toMatch(/^captions\.modelId:/);
  stop();
  await useSettings.getState().save({ ...structuredClone(defaultSettings), account, language: 'zh-CN' });
  expect(heard).toHaveLength(2);
});
