// Settings schemas shared by every process. One schema per layer (defaults/user, admin policy),
// versioned; see layers.ts for how they combine and migrations.ts for upgrades.
import { z } from 'zod';

export const SETTINGS_VERSION = 1;

const sipUriPattern = /^sips?:[^@\s]+@[A-Za-z0-9.-]+(:\d{1,5})?(;[^\s]*)?$/;

export const iceServerSchema = z.object({
  urls: z
    .string()
    .trim()
    .regex(/^(stun|stuns|turn|turns):[^\s]+$/, 'must start with stun:, stuns:, turn: or turns:'),
  username: z.string().optional(),
  credential: z.string().optional(),
});

export const accountSchema = z.object({
  displayName: z.string().trim().max(64, 'must be 64 characters or fewer'),
  sipAddress: z
    .string()
    .trim()
    .min(1, 'is required')
    .regex(sipUriPattern, 'must look like sip:1001@pbx.example.com'),
  username: z.string().trim().max(128, 'must be 128 characters or fewer'),
  websocketServer: z
    .string()
    .trim()
    .min(1, 'is required')
    .refine((v) => {
      try {
        const u = new URL(v);
        return (u.protocol === 'wss:' || u.protocol === 'ws:') && u.hostname.length > 0;
      } catch {
        return false;
      }
    }, 'must be a wss:// (or ws://) URL such as wss://pbx.example.com:8089/ws'),
  iceServers: z.array(iceServerSchema),
  rememberPassword: z.boolean(),
});

export const phoneSchema = z.object({
  dtmfMethod: z.enum(['rfc4733', 'info']),
  /** Seconds an unanswered outgoing call rings before we give up. */
  noAnswerTimeoutSec: z.number().int().min(5).max(600),
});

export const audioSchema = z.object({
  microphoneId: z.string(),
  speakerId: z.string(),
  ringerId: z.string(),
  ringOnHeadsetToo: z.boolean(),
});

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  language: z.enum(['en', 'zh-CN']),
  account: accountSchema.nullable(),
  phone: phoneSchema,
  audio: audioSchema,
});

export type IceServer = z.infer<typeof iceServerSchema>;
export type Account = z.infer<typeof accountSchema>;
export type PhoneSettings = z.infer<typeof phoneSchema>;
export type AudioSettings = z.infer<typeof audioSchema>;
export type Settings = z.infer<typeof settingsSchema>;

/**
 * Admin policy: any subset of the settings. Whatever it sets wins over the user's value and is shown
 * as locked. Written by IT (registry / managed preferences / a JSON file; see the desktop issue).
 */
export const policySchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    language: settingsSchema.shape.language.optional(),
    account: accountSchema.partial().optional(),
    phone: phoneSchema.partial().optional(),
    audio: audioSchema.partial().optional(),
  })
  .strict();
export type Policy = z.infer<typeof policySchema>;

export const defaultSettings: Settings = {
  version: SETTINGS_VERSION,
  language: 'en',
  account: null,
  phone: { dtmfMethod: 'rfc4733', noAnswerTimeoutSec: 60 },
  // Empty id = the system default device.
  audio: { microphoneId: '', speakerId: '', ringerId: '', ringOnHeadsetToo: false },
};
