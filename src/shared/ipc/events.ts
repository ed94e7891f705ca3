// Events from the host to the renderer: the other direction of the IPC contract (contract.ts holds the
// renderer's requests). Each event's payload has a schema, checked twice: by main before it sends
// (src/main/ipc/sendEvent.ts) and by the bridge when it receives (src/shared/events/eventHub.ts), so a
// malformed payload is dropped and logged, never delivered to feature code.
import * as z from 'zod/mini';
import { describeIssues } from '../describeIssues';
import type { Channel } from './contract';

const oneOf = (values: readonly string[]) => `must be one of ${values.map((v) => `"${v}"`).join(', ')}`;
const noPayload = z.undefined('takes no payload');
const fields = <S extends z.core.$ZodLooseShape>(shape: S) => z.strictObject(shape, 'must be an object');

/** What a global shortcut asks of the phone (producers: src/main, later). */
export const HOTKEY_ACTIONS = ['answer', 'hangup', 'mute', 'hold', 'focus-dial', 'ready', 'not-ready'] as const;
/** What the tray menu asks of the renderer; showing the window and quitting are main's own business. */
export const TRAY_ACTIONS = ['ready', 'not-ready', 'open-settings'] as const;

/** A tel:/sip: link's dial string, as the dial box would take it; the phone parses it like typed input. */
const dialTarget = z
  .string('must be text')
  .check(
    z.refine((v) => v.trim().length > 0, 'is required'),
    z.maxLength(256, 'must be 256 characters or fewer'),
    z.refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'must not contain control characters'),
  );

const version = z.string('must be text').check(z.minLength(1, 'is required'), z.maxLength(64, 'must be 64 characters or fewer'));

/** The updater's progress as the renderer shows it (producer: the updater, later). */
const updateStatus = z.discriminatedUnion(
  'state',
  [
    fields({ state: z.literal('checking') }),
    fields({ state: z.literal('up-to-date') }),
    fields({
      state: z.literal('downloading'),
      version,
      percent: z.number('must be a number').check(z.minimum(0, 'must be 0 to 100'), z.maximum(100, 'must be 0 to 100')),
    }),
    fields({ state: z.literal('ready'), version }),
    fields({ state: z.literal('failed'), message: z.string('must be text').check(z.maxLength(500, 'must be 500 characters or fewer')) }),
  ],
  { error: oneOf(['checking', 'up-to-date', 'downloading', 'ready', 'failed']) },
);

/** Every event and its payload. The event's name is its IPC channel. */
export const EVENT_SCHEMAS = {
  /** The machine is going to sleep (Electron powerMonitor). */
  'system:suspend': noPayload,
  /** The machine woke up: the network under the phone may have changed. */
  'system:resume': noPayload,
  'system:lock': noPayload,
  'system:unlock': noPayload,
  /** The page went online or offline (Electron main has no network event: both bridges watch the page). */
  'network:change': fields({ online: z.boolean('must be true or false') }),
  /** The agent opened a tel: or sip: link (producer: the protocol handler, later). */
  'call-link': fields({ target: dialTarget }),
  hotkey: fields({ action: z.enum(HOTKEY_ACTIONS, oneOf(HOTKEY_ACTIONS)) }),
  'tray-action': fields({ action: z.enum(TRAY_ACTIONS, oneOf(TRAY_ACTIONS)) }),
  'update-status': updateStatus,
} as const;

export type EventName = keyof typeof EVENT_SCHEMAS;
export type PayloadOf<E extends EventName> = z.infer<(typeof EVENT_SCHEMAS)[E]>;
export type HotkeyAction = (typeof HOTKEY_ACTIONS)[number];
export type TrayAction = (typeof TRAY_ACTIONS)[number];
export type UpdateStatus = PayloadOf<'update-status'>;

/** Every event, for the preload's listeners and the tests. */
export const EVENTS = Object.keys(EVENT_SCHEMAS) as EventName[];

// Compile-time check that no event shares its name with a request channel (both travel as IPC channels).
type Clash = Extract<EventName, Channel>;
const _noClash: Clash extends never ? true : Clash = true;
void _noClash;

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(EVENT_SCHEMAS, name);
}

export type EventCheck<E extends EventName = EventName> = { ok: true; name: E; payload: PayloadOf<E> } | { ok: false; reason: string };

/** Checks one event against its schema; the reason names the event and the field ("hotkey: action: must be one of …"). */
export function parseEvent(name: unknown, payload: unknown): EventCheck {
  if (!isEventName(name)) return { ok: false, reason: `unknown event ${typeof name === 'string' ? `"${name.slice(0, 64)}"` : `(${typeof name})`}` };
  const result = EVENT_SCHEMAS[name].safeParse(payload);
  if (!result.success) return { ok: false, reason: `${name}: ${describeIssues(result.error, 'field').join('; ')}` };
  return { ok: true, name, payload: result.data } as EventCheck;
}
