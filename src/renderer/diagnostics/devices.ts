// The media devices for the diagnostics bundle: kind and label as the agent sees them; device and
// group ids only as short hashes (they are stable per-site identifiers, and support only needs to
// tell devices apart and match them to the chosen ones in settings.json).
export interface DeviceEntry {
  kind: MediaDeviceKind;
  label: string;
  deviceId: string;
  groupId: string;
}

/** The first 12 hex digits of SHA-256: enough to tell devices apart, not to recover the id. */
export async function shortHash(value: string): Promise<string> {
  if (value === '' || value === 'default' || value === 'communications') return value; // the system's choices, not ids
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value)));
  return `sha256:${[...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export async function listDevices(media: Pick<MediaDevices, 'enumerateDevices'> | undefined = navigator.mediaDevices): Promise<DeviceEntry[] | { error: string }> {
  if (!media) return { error: 'this page has no access to media devices' };
  try {
    const devices = await media.enumerateDevices();
    return await Promise.all(devices.map(async (d) => ({ kind: d.kind, label: d.label, deviceId: await shortHash(d.deviceId), groupId: await shortHash(d.groupId) })));
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
