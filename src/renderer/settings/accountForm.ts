// The account form's text fields <-> the Account schema, with one translatable error per field.
import { accountSchema, iceServerSchema, type Account, type IceServer } from '../../shared/settings/schema';
import { splitIceCredentials, type IceSecret } from '../../shared/settings/iceCredentials';

export interface AccountFields {
  displayName: string;
  sipAddress: string;
  username: string;
  password: string;
  websocketServer: string;
  /** One WebSocket server per line, tried in turn when the primary cannot be reached. */
  backupServers: string;
  iceServers: string;
  rememberPassword: boolean;
}

export type AccountFieldErrors = Partial<Record<keyof AccountFields, { key: string; params?: Record<string, string | number> }>>;

export function fieldsFrom(account: Account | null): AccountFields {
  return {
    displayName: account?.displayName ?? '',
    sipAddress: account?.sipAddress ?? '',
    username: account?.username ?? '',
    password: '',
    websocketServer: account?.websocketServer ?? '',
    backupServers: (account?.backupServers ?? []).join('\n'),
    iceServers: (account?.iceServers ?? []).map(formatIceServer).join('\n'),
    rememberPassword: account?.rememberPassword ?? false,
  };
}

/**
 * One server per line: `stun:host:port`, `turn:host:port username credential`, or `turn:host:port username`
 * to keep the credential already in the vault (the form never shows a saved credential).
 */
export function parseIceServers(text: string): { servers: IceServer[]; badLine?: number } {
  const servers: IceServer[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i]!.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0) continue;
    const [urls, username, credential, ...rest] = parts;
    if (rest.length) return { servers, badLine: i + 1 };
    const server: IceServer = { urls: urls! };
    if (username !== undefined) Object.assign(server, { username });
    if (credential !== undefined) Object.assign(server, { credential });
    if (!iceServerSchema.safeParse(server).success) return { servers, badLine: i + 1 };
    servers.push(server);
  }
  return { servers };
}

function formatIceServer(s: IceServer): string {
  return [s.urls, s.username].filter((x) => x !== undefined && x !== '').join(' ');
}

/**
 * @param passwordKnown a password is already in memory or the vault for this address, so the field may stay empty.
 */
export function validateAccount(f: AccountFields, passwordKnown: boolean): { account?: Account; errors: AccountFieldErrors; iceSecrets: IceSecret[] } {
  const errors: AccountFieldErrors = {};
  const ice = parseIceServers(f.iceServers);
  // Credentials typed into the form go to the vault; the account (settings) keeps none.
  const { servers: iceServers, secrets: iceSecrets } = splitIceCredentials(ice.servers);
  if (ice.badLine !== undefined) errors.iceServers = { key: 'settings.error.iceServers', params: { line: ice.badLine } };
  if (!f.password && !passwordKnown) errors.password = { key: 'settings.error.passwordRequired' };
  const backups = f.backupServers.split('\n').map((l) => l.trim()).filter(Boolean);
  const candidate = {
    displayName: f.displayName,
    sipAddress: f.sipAddress,
    username: f.username,
    websocketServer: f.websocketServer,
    iceServers,
    rememberPassword: f.rememberPassword,
    ...(backups.length ? { backupServers: backups } : {}),
  };
  const result = accountSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] as keyof AccountFields;
      if (field === 'iceServers' || errors[field]) continue;
      errors[field] = { key: `settings.error.${field}` };
    }
  }
  if (Object.keys(errors).length || !result.success) return { errors, iceSecrets: [] };
  return { account: result.data, errors, iceSecrets };
}
