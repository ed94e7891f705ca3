// Settings schemas shared by every process. One schema per layer (defaults/user, admin policy),
// versioned; see layers.ts for how they combine and migrations.ts for upgrades.
// zod/mini rather than classic zod: the renderer validates settings on its start-up path, where the
// smaller library (about a quarter of the size) registers the phone sooner.
import * as z from 'zod/mini';
import { isRegionCode } from './regions';

export const SETTINGS_VERSION = 3;

const sipUriPattern = /^sips?:[^@\s]+@[A-Za-z0-9.-]+(:\d{1,5})?(;[^\s]*)?$/;
const oneOf = (values: readonly string[]) => `must be one of ${values.map((v) => `"${v}"`).join(', ')}`;
const boolean = () => z.boolean('must be true or false');
const text = (max: number) => z.string('must be text').check(z.trim(), z.maxLength(max, `must be ${max} characters or fewer`));

/** An ICE server as the phone uses it: a TURN credential comes from the credential vault (or admin policy). */
export const iceServerSchema = z.object({
  urls: z.string('must be text').check(z.trim(), z.regex(/^(stun|stuns|turn|turns):[^\s]+$/, 'must start with stun:, stuns:, turn: or turns:')),
  username: z.optional(z.string('must be text')),
  credential: z.optional(z.string('must be text')),
});

/**
 * An ICE server in the agent's saved settings: never with its TURN credential, which goes to the credential
 * vault (see iceCredentials.ts) so that the settings file holds no secret.
 */
const savedIceServerSchema = iceServerSchema.check(
  z.refine((s) => s.credential === undefined, { message: 'TURN credentials are kept in the credential vault, not in settings', path: ['credential'] }),
);

const isWebSocketUrl = (v: string) => {
  try {
    const u = new URL(v);
    return (u.protocol === 'wss:' || u.protocol === 'ws:') && u.hostname.length > 0;
  } catch {
    return false;
  }
};

export const accountSchema = z.object({
  displayName: text(64),
  sipAddress: z.string('must be text').check(z.trim(), z.minLength(1, 'is required'), z.regex(sipUriPattern, 'must look like sip:1001@pbx.example.com')),
  username: text(128),
  websocketServer: z
    .string('must be text')
    .check(z.trim(), z.minLength(1, 'is required'), z.refine(isWebSocketUrl, 'must be a wss:// (or ws://) URL such as wss://pbx.example.com:8089/ws')),
  iceServers: z.array(savedIceServerSchema, 'must be a list of ICE servers'),
  rememberPassword: boolean(),
  /** Tried in turn when the primary server cannot be reached. Optional: older settings have none. */
  backupServers: z.optional(
    z
      .array(z.string('must be text').check(z.trim(), z.refine(isWebSocketUrl, 'must be a wss:// (or ws://) URL such as wss://pbx2.example.com:8089/ws')), 'must be a list of WebSocket server addresses')
      .check(z.maxLength(5, 'must list 5 servers or fewer')),
  ),
});

/** The account as admin policy may fix it: IT may put TURN credentials in its own (machine-protected) file. */
const policyAccountSchema = z.extend(accountSchema, { iceServers: z.array(iceServerSchema, 'must be a list of ICE servers') });

const DTMF_METHODS = ['rfc4733', 'info'] as const;
const LANGUAGE_CODES = ['en', 'zh-CN'] as const;

export const phoneSchema = z.object({
  dtmfMethod: z.enum(DTMF_METHODS, oneOf(DTMF_METHODS)),
  /** Seconds an unanswered outgoing call rings before we give up. */
  noAnswerTimeoutSec: z.number('must be a number').check(z.int('must be a whole number'), z.minimum(5, 'must be at least 5'), z.maximum(600, 'must be at most 600')),
  /**
   * Follow the far end's transfer requests (REFER) to addresses in the account's own domain without asking
   * the agent. Off (absent) by default: a followed REFER makes the phone dial with the microphone live.
   */
  autoAcceptTransfers: z.optional(boolean()),
});

export const audioSchema = z.object({
  microphoneId: z.string('must be text'),
  speakerId: z.string('must be text'),
  ringerId: z.string('must be text'),
  ringOnHeadsetToo: boolean(),
});

const VAD_MODELS = ['v5', 'v6'] as const;
const probability = () => z.number('must be a number').check(z.minimum(0.05, 'must be at least 0.05'), z.maximum(0.95, 'must be at most 0.95'));
const millis = (max: number) => z.number('must be a number').check(z.int('must be a whole number'), z.minimum(0, 'must not be negative'), z.maximum(max, `must be at most ${max}`));

/** On-device voice analysis: Silero VAD with hysteresis, and the talk-metric alerts. */
export const voiceSchema = z.object({
  vadModel: z.enum(VAD_MODELS, oneOf(VAD_MODELS)),
  startThreshold: probability(),
  endThreshold: probability(),
  minSpeechMs: millis(2000),
  minSilenceMs: millis(5000),
  deadAirSec: z.number('must be a number').check(z.minimum(1, 'must be at least 1'), z.maximum(600, 'must be at most 600')),
  crossTalkSec: z.number('must be a number').check(z.minimum(0.2, 'must be at least 0.2'), z.maximum(60, 'must be at most 60')),
});

// Service URLs (LLM server, knowledge base, model downloads) must use HTTPS; plain http:// only to
// this machine (a local vLLM, Ollama or model mirror). Empty = not configured.
const isLoopbackHost = (h: string) => h === 'localhost' || h === '127.0.0.1' || h === '[::1]';
const isServiceUrl = (v: string) => {
  if (v === '') return true;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopbackHost(u.hostname));
  } catch {
    return false;
  }
};
const serviceUrl = (example: string) =>
  z.string('must be text').check(z.trim(), z.maxLength(2048, 'must be 2048 characters or fewer'), z.refine(isServiceUrl, `must be an https:// URL (http:// only for localhost), such as ${example}`));

// Agent assist: an optional generative answer from an OpenAI-compatible server, and a knowledge base
// fetched from a URL.
const LLM_KEY_HEADERS = ['authorization', 'api-key'] as const;

export const assistSchema = z.object({
  /** Offer "Draft answer" (sends the redacted question and the top articles to llmEndpoint). */
  llmEnabled: boolean(),
  /** The full chat-completions URL, e.g. https://llm.example.com/v1/chat/completions. */
  llmEndpoint: serviceUrl('https://llm.example.com/v1/chat/completions'),
  llmModel: text(200),
  /** How the API key is sent: "Authorization: Bearer" (OpenAI, vLLM, Ollama) or "api-key" (Azure OpenAI). */
  llmKeyHeader: z.enum(LLM_KEY_HEADERS, oneOf(LLM_KEY_HEADERS)),
  /** Longest wait for the first token, and between tokens. */
  llmTimeoutSec: z.number('must be a number').check(z.int('must be a whole number'), z.minimum(2, 'must be at least 2'), z.maximum(300, 'must be at most 300')),
  /** A knowledge-base file (Markdown, JSON or CSV FAQ) refreshed from this URL; empty = imported files. */
  kbSourceUrl: serviceUrl('https://intranet.example.com/kb/faq.json'),
  kbRefreshMin: z.number('must be a number').check(z.int('must be a whole number'), z.minimum(1, 'must be at least 1'), z.maximum(10080, 'must be at most 10080')),
  /**
   * Semantic search: a sentence-embedding model (transformers.js layout, e.g. bge-small-en-v1.5 or
   * multilingual-e5-small) by folder name, found like the caption model (the model folder, then the
   * app's cache). Empty = text search only (version 2 files saved before it existed get it from the migration).
   */
  embeddingModelId: z.string('must be text').check(z.trim(), z.regex(/^([A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/, 'must be empty or a folder name: letters, digits, ".", "_" or "-"')),
  /** Learning from agents (assist/learning/): Helpful / Copy / Pin teach search the customer's phrasing. */
  learning: boolean(),
});

/** The call script checklist (greeting, identity check, closing): phrases the agent must say. */
export const scriptItemSchema = z.object({
  id: z.string('must be text').check(z.trim(), z.minLength(1, 'is required'), z.maxLength(40, 'must be 40 characters or fewer')),
  label: z.string('must be text').check(z.trim(), z.minLength(1, 'is required'), z.maxLength(80, 'must be 80 characters or fewer')),
  phrases: z
    .array(z.string('must be text').check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200, 'must be 200 characters or fewer')), 'must be a list of phrases')
    .check(z.minLength(1, 'needs at least one phrase')),
});
export const scriptSchema = z.object({
  checklist: z
    .array(scriptItemSchema, 'must be a list of checklist items')
    .check(
      z.maxLength(20, 'must have 20 items or fewer'),
      z.refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'item ids must be unique'),
    ),
});

const CAPTION_LANGUAGES = ['en', 'zh'] as const;

/**
 * Live captions (on-device speech recognition). Where the model comes from, in this order: `modelFolder`
 * (a folder IT ships, or in the web build a path under the app), the app's own model cache, then — only
 * if `allowDownload` — `downloadBaseUrl`.
 */
export const captionsSchema = z.object({
  enabled: boolean(),
  /** A folder name under the model folder / cache / download URL, e.g. "moonshine-tiny". */
  modelId: z.string('must be text').check(z.trim(), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be a folder name: letters, digits, ".", "_" or "-"')),
  modelFolder: text(1000),
  allowDownload: boolean(),
  downloadBaseUrl: serviceUrl('https://models.example.com/switchboard'),
  /** Spoken language for multilingual (Whisper) models; English-only models ignore it. */
  language: z.enum(CAPTION_LANGUAGES, oneOf(CAPTION_LANGUAGES)),
});

const languageSchema = z.enum(LANGUAGE_CODES, oneOf(LANGUAGE_CODES));
/** "cn" is read as "CN"; anything that is not a country code is refused by name. */
const regionSchema = z
  .string('must be text')
  .check(z.trim(), z.toUpperCase(), z.refine(isRegionCode, 'must be a two-letter ISO 3166 country code such as "US", "CN" or "GB"'));
const versionSchema = z.literal(SETTINGS_VERSION, `must be ${SETTINGS_VERSION}`);

export const settingsSchema = z.object({
  version: versionSchema,
  language: languageSchema,
  /**
   * The agent's region (ISO 3166 alpha-2): how phone numbers without a country code are read when
   * personal data is masked. Optional: absent = the region of the system's locale (privacy/context.ts).
   */
  region: z.optional(regionSchema),
  account: z.nullable(accountSchema),
  phone: phoneSchema,
  audio: audioSchema,
  voice: voiceSchema,
  assist: assistSchema,
  /** An empty checklist = not configured: the knowledge base's checklist, else the built-in one (insights/). */
  script: scriptSchema,
  captions: captionsSchema,
});

export type IceServer = z.infer<typeof iceServerSchema>;
export type Account = z.infer<typeof accountSchema>;
export type PhoneSettings = z.infer<typeof phoneSchema>;
export type AudioSettings = z.infer<typeof audioSchema>;
export type VoiceSettings = z.infer<typeof voiceSchema>;
export type AssistSettings = z.infer<typeof assistSchema>;
export type ScriptSettings = z.infer<typeof scriptSchema>;
export type ScriptItem = z.infer<typeof scriptItemSchema>;
export type CaptionsSettings = z.infer<typeof captionsSchema>;
export type Settings = z.infer<typeof settingsSchema>;

// A host name as policy lists it: "kb.example.com", or "*.example.com" for its subdomains.
const hostPattern = z
  .string('must be text')
  .check(z.trim(), z.toLowerCase(), z.regex(/^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, 'must be a host name such as kb.example.com or *.example.com'));

/**
 * What the desktop shell allows beyond its defaults, for IT only: the page can never change these (they
 * exist in policy alone, never in the agent's settings).
 */
export const securityPolicySchema = z.strictObject({
  /** Hosts whose https:// links open in the system browser, besides the knowledge base's own host. */
  externalLinkHosts: z.optional(z.array(hostPattern, 'must be a list of host names').check(z.maxLength(100, 'must have 100 hosts or fewer'))),
  /** DevTools and the default menu in the packaged app (off unless IT turns them on for support). */
  allowDevTools: z.optional(boolean()),
  /**
   * Linux without a keyring: remember secrets anyway with Electron's "basic_text" storage, which encrypts
   * with a key built into the app (so anything that can read the profile can read them). Off by default.
   */
  allowBasicTextSecrets: z.optional(boolean()),
});

/**
 * Admin policy: any subset of the settings. Whatever it sets wins over the user's value and is shown
 * as locked. Unknown keys are errors, not silently ignored.
 */
export const policySchema = z.strictObject({
  // Policies only add optional keys from one version to the next, so older policy files stay valid.
  version: z.number('must be a number').check(
    z.int('must be a whole number'),
    z.minimum(1, `must be between 1 and ${SETTINGS_VERSION}`),
    z.maximum(SETTINGS_VERSION, `must be between 1 and ${SETTINGS_VERSION}: this policy is for a newer Switchboard`),
  ),
  language: z.optional(languageSchema),
  region: z.optional(regionSchema),
  account: z.optional(z.partial(policyAccountSchema)),
  phone: z.optional(z.partial(phoneSchema)),
  audio: z.optional(z.partial(audioSchema)),
  voice: z.optional(z.partial(voiceSchema)),
  assist: z.optional(z.partial(assistSchema)),
  /** Replaces the whole checklist (a partial list would leave the agent's script half-defined). */
  script: z.optional(scriptSchema),
  captions: z.optional(z.partial(captionsSchema)),
  /** Policy only (no user setting): what the desktop shell allows; see securityPolicySchema. */
  security: z.optional(securityPolicySchema),
});
export type Policy = z.infer<typeof policySchema>;
export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export const defaultAssist: AssistSettings = {
  llmEnabled: false,
  llmEndpoint: '',
  llmModel: '',
  llmKeyHeader: 'authorization',
  llmTimeoutSec: 20,
  kbSourceUrl: '',
  kbRefreshMin: 60,
  embeddingModelId: '',
  learning: true,
};

export const defaultCaptions: CaptionsSettings = {
  enabled: true,
  modelId: 'moonshine-tiny',
  modelFolder: '',
  allowDownload: false,
  downloadBaseUrl: '',
  language: 'en',
};

export const defaultSettings: Settings = {
  version: SETTINGS_VERSION,
  language: 'en',
  account: null,
  phone: { dtmfMethod: 'rfc4733', noAnswerTimeoutSec: 60 },
  // Empty id = the system default device.
  audio: { microphoneId: '', speakerId: '', ringerId: '', ringOnHeadsetToo: false },
  voice: { vadModel: 'v5', startThreshold: 0.5, endThreshold: 0.35, minSpeechMs: 96, minSilenceMs: 320, deadAirSec: 8, crossTalkSec: 1 },
  assist: { ...defaultAssist },
  script: { checklist: [] },
  captions: { ...defaultCaptions },
};

/**
 * What an admin policy fills in under its own fields when the agent's section is null (only the account,
 * before the agent has one): empty values, so the effective settings keep the section's shape.
 */
export const blankSections: Partial<Settings> = {
  account: { displayName: '', sipAddress: '', username: '', websocketServer: '', iceServers: [], rememberPassword: false },
};

