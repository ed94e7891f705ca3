// Registers one handler per channel of the IPC contract, with the sender check built in: only the
// app's own frames are answered. Results cross as IpcResult values (see src/shared/ipc/contract.ts).
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel, type IpcResult, type RequestOf, type ResponseOf } from '../../shared/ipc/contract';
import { SettingsError } from '../../shared/settings/layers';

export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

export interface HandleDeps {
  isTrustedSender(url: string | undefined): boolean;
  log(message: string): void;
}

export function registerHandlers(ipc: Pick<IpcMain, 'handle'>, handlers: Handlers, deps: HandleDeps): void {
  for (const channel of CHANNELS) {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    if (typeof handler !== 'function') throw new Error(`No IPC handler for ${channel}`);
    ipc.handle(channel, (event: IpcMainInvokeEvent, request: unknown) => invoke(channel, handler, event, request, deps));
  }
}

async function invoke(
  channel: Channel,
  handler: (request: unknown) => Promise<unknown>,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  request: unknown,
  deps: HandleDeps,
): Promise<IpcResult<unknown>> {
  const url = event.senderFrame?.url;
  if (!deps.isTrustedSender(url)) {
    // Never log the payload: it may carry a password.
    deps.log(`IPC ${channel} refused: untrusted sender ${url ?? '(unknown)'}`);
    return { ok: false, error: { code: 'forbidden', message: 'This window may not use Switchboard.' } };
  }
  try {
    return { ok: true, value: await handler(request) };
  } catch (e) {
    if (e instanceof SettingsError) return { ok: false, error: { code: 'invalid-settings', message: e.message, issues: e.issues } };
    const message = e instanceof Error ? e.message : String(e);
    deps.log(`IPC ${channel} failed: ${message}`);
    return { ok: false, error: { code: (e as { code?: string }).code ?? 'failed', message } };
  }
}
