// "Save diagnostics": gathers what startDiagnostics collected and what the app knows now (devices,
// versions, settings with secrets masked) into the zip. Loaded on first click, not with the settings screen.
import { bridge } from '../bridge';
import { readLlmKey } from '../assist/generate/llmKey';
import { useSettings } from '../settings/store';
import { bundleFiles, bundleName, zipBundle } from './bundle';
import { callStats, collectingSince, logs, sipTrace } from './collector';
import { listDevices, shortHash } from './devices';
import { maskSettings } from './maskSettings';
import { collectVersions } from './versions';

/** Settings fields holding a device id: hashed like devices.json, so support can match them. */
const DEVICE_FIELDS = new Set(['microphoneId', 'speakerId', 'ringerId']);

export async function makeDiagnosticsBundle(now = new Date()): Promise<{ name: string; bytes: Uint8Array }> {
  const settings = useSettings.getState();
  const snapshot = settings.snapshot;
  const account = snapshot?.effective.account;
  const endpoint = snapshot ? snapshot.effective.assist.llmEndpoint : '';
  const [password, llmKey, devices, versions, stats] = await Promise.all([
    account ? settings.password(account) : null,
    endpoint ? readLlmKey(endpoint) : null,
    listDevices(),
    collectVersions(bridge),
    callStats.snapshot(),
  ]);
  const deviceIds = snapshot ? [snapshot.effective.audio, snapshot.user.audio].flatMap((a) => [a.microphoneId, a.speakerId, a.ringerId]) : [];
  const hashes = new Map(await Promise.all(deviceIds.map(async (id) => [id, await shortHash(id)] as const)));
  const hashed = (field: string, value: string) => (DEVICE_FIELDS.has(field) ? (hashes.get(value) ?? null) : null);
  const trace = sipTrace.size;
  const logged = logs.size;
  const files = bundleFiles({
    now,
    collectingSince: collectingSince(),
    trace: { entries: sipTrace.values(), dropped: trace.dropped },
    logs: { entries: logs.values(), dropped: logged.dropped },
    stats,
    devices,
    versions,
    settings: snapshot ? maskSettings({ effective: snapshot.effective, user: snapshot.user, lockedByPolicy: snapshot.locked }, hashed) : { error: 'settings were not loaded' },
    secrets: [password, llmKey],
  });
  return { name: bundleName(now), bytes: zipBundle(files, now) };
}
