// TURN credentials live in the credential vault (OS keychain on the desktop, the encrypted web vault in
// the browser), never in the settings file: settings keep each server's URL and user name only, and the
// phone gets the credential from the vault when it connects (src/renderer/app/startupWiring.ts).
import type { IceServer } from './schema';

export interface IceSecret {
  /** The vault entry (iceCredentialId). */
  id: string;
  credential: string;
}

/** The vault entry for a TURN server's credential: bound to its URL and user name. */
export function iceCredentialId(server: Pick<IceServer, 'urls' | 'username'>): string {
  return `ice-credential:${server.username ?? ''}@${server.urls.trim()}`;
}

/** The servers as settings keep them (no credential), and the credentials that go to the vault. */
export function splitIceCredentials(servers: readonly IceServer[]): { servers: IceServer[]; secrets: IceSecret[] } {
  const secrets: IceSecret[] = [];
  const kept = servers.map(({ credential, ...server }) => {
    if (credential !== undefined && credential !== '') secrets.push({ id: iceCredentialId(server), credential });
    return server;
  });
  return { servers: kept, secrets };
}

/** Fills in the vault's credential of each server with a user name and none of its own (policy may give one). */
export async function withIceCredentials(servers: readonly IceServer[], read: (id: string) => Promise<string | null>): Promise<IceServer[]> {
  return Promise.all(
    servers.map(async (server) => {
      if (server.username === undefined || server.credential !== undefined) return server;
      const credential = await read(iceCredentialId(server));
      return credential === null ? server : { ...server, credential };
    }),
  );
}

/**
 * Settings saved by an older Switchboard kept TURN credentials in the file. Moves them to the vault and
 * returns the settings text without them (null when there were none). A credential the vault refuses is
 * dropped all the same — the agent types it again — since it must not stay in the file in plain text.
 */
export async function moveIceCredentialsToVault(
  text: string,
  vault: { setPassword(id: string, secret: string): Promise<void> },
): Promise<{ text: string; moved: number; dropped: string[] } | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null; // the settings loader reports a broken file
  }
  const servers = (raw as { account?: { iceServers?: unknown } } | null)?.account?.iceServers;
  if (!Array.isArray(servers)) return null;
  const secrets: IceSecret[] = [];
  let found = false;
  for (const server of servers as unknown[]) {
    if (typeof server !== 'object' || server === null || !('credential' in server)) continue;
    found = true;
    const { credential, urls, username } = server as Record<string, unknown>;
    delete (server as Record<string, unknown>).credential;
    if (typeof credential === 'string' && credential !== '' && typeof urls === 'string') {
      secrets.push({ id: iceCredentialId({ urls, username: typeof username === 'string' ? username : undefined }), credential });
    }
  }
  if (!found) return null;
  let moved = 0;
  const dropped: string[] = [];
  for (const secret of secrets) {
    try {
      await vault.setPassword(secret.id, secret.credential);
      moved++;
    } catch {
      dropped.push(secret.id);
    }
  }
  return { text: JSON.stringify(raw, null, 2), moved, dropped };
}
