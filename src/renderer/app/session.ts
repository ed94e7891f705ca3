// Start-up and re-configuration: settings -> language, phone registration, audio devices; and the
// record of every finished call into history. The one place features are wired together.
import type { Settings } from '../../shared/settings/schema';
import { setLanguage } from '../i18n';
import { onCallEnded, usePhone } from '../phone';
import { useHistory } from '../history';
import { useSettings } from '../settings';

let lastAccountKey = '';

export type StartResult = 'registering' | 'not-configured' | 'needs-password' | 'load-failed';

/** Loads settings and registers when an account and its password are known. */
export async function startPhone(): Promise<StartResult> {
  void useHistory.getState().load();
  const snapshot = await useSettings.getState().load();
  if (!snapshot) return 'load-failed';
  setLanguage(snapshot.effective.language);
  const account = snapshot.effective.account;
  if (!account) return 'not-configured';
  const password = await useSettings.getState().password(account);
  if (password === null) return 'needs-password';
  await applySettings(snapshot.effective, password);
  return 'registering';
}

export async function applySettings(effective: Settings, password: string | null): Promise<void> {
  setLanguage(effective.language);
  const phone = usePhone.getState();
  const account = effective.account;
  if (!account || password === null) return;
  const key = JSON.stringify([account, password]);
  if (key === lastAccountKey && phone.registration.status === 'registered') {
    phone.applyPhoneSettings(effective.phone);
    await phone.applyAudio(effective.audio);
    return;
  }
  lastAccountKey = key;
  await phone.connect({ account, password, phone: effective.phone, audio: effective.audio });
}

onCallEnded((call, end) => {
  const endedAt = Date.now();
  void useHistory.getState().record({
    id: call.id,
    direction: call.direction,
    peerUri: call.peerUri,
    peerNumber: call.peerNumber,
    peerName: call.peerName,
    startedAt: call.createdAt,
    answeredAt: call.answeredAt,
    endedAt,
    durationSec: call.answeredAt === null ? 0 : Math.round((endedAt - call.answeredAt) / 1000),
    outcome: end.outcome,
    sipCode: end.code,
    reason: end.reason,
  });
});
