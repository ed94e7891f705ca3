// What the registration status says, in the agent's language: one wording for the interface
// (RegistrationStatus) and for the start-up window before the interface has loaded (app/startupStatus.ts).
import type { Registration } from './phoneState';

export type Translate = (key: string, vars?: Record<string, string>) => string;

export function registrationText(r: Registration, t: Translate): string {
  switch (r.status) {
    case 'failed':
      return t('phone.registration.failed', { reason: [r.code, r.reason].filter(Boolean).join(' ') });
    case 'reconnecting':
      return r.reason ? t('phone.registration.reconnectingBecause', { reason: r.reason }) : t('phone.registration.reconnecting');
    case 'registered':
      return r.backup && r.server ? t('phone.registration.registeredVia', { server: r.server }) : t('phone.registration.registered');
    case 'connecting':
      return r.backup && r.server ? t('phone.registration.connectingTo', { server: r.server }) : t('phone.registration.connecting');
    default:
      return t(`phone.registration.${r.status}`);
  }
}

/** Seconds until the next automatic attempt, for "Next attempt in 4 s" (null when none is planned). */
export function secondsToRetry(r: Registration, now: number): number | null {
  if (r.retryAt === undefined || (r.status !== 'reconnecting' && r.status !== 'failed')) return null;
  return Math.max(0, Math.ceil((r.retryAt - now) / 1000));
}
