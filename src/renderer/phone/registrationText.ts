// What the registration status says, in the agent's language: one wording for the interface
// (RegistrationStatus) and for the start-up window before the interface has loaded (app/startupStatus.ts).
import type { Registration } from './model';

export type Translate = (key: string, vars?: Record<string, string>) => string;

export function registrationText(r: Registration, t: Translate): string {
  if (r.status === 'failed') return t('phone.registration.failed', { reason: [r.code, r.reason].filter(Boolean).join(' ') });
  if (r.status === 'disconnected' && r.reason) return t('phone.registration.disconnectedBecause', { reason: r.reason });
  return t(`phone.registration.${r.status}`);
}
