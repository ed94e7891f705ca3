// Links the page opens (a knowledge-base article's source, say) go to the system browser only when they
// are https:// to a host that is allowed: the hosts admin policy lists (security.externalLinkHosts, where
// "*.example.com" covers its subdomains) and the knowledge base's own host once its URL is granted
// (serviceGrants.ts). http:, file:, javascript:, custom protocol handlers (which could start other
// programs), credentials in the URL and every other host are refused.
import type { Policy, Settings } from '../../shared/settings/schema';

/** The hosts links may open to, given the policy and the settings in force and the granted service origins. */
export function externalLinkHosts(policy: Policy | null, effective: Settings, granted: ReadonlySet<string>): string[] {
  const hosts = [...(policy?.security?.externalLinkHosts ?? [])];
  const kb = effective.assist.kbSourceUrl;
  if (kb) {
    const url = new URL(kb);
    if (granted.has(url.origin)) hosts.push(url.hostname);
  }
  return hosts;
}

export function mayOpenExternal(link: string, hosts: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return hosts.some((allowed) => {
    const pattern = allowed.toLowerCase();
    return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
  });
}

/** The one way main opens a link from the page: checked here, refused ones logged. */
export function createExternalOpener(deps: { hosts(): readonly string[]; open(url: string): Promise<void>; log(message: string): void }) {
  return (link: string): void => {
    if (!mayOpenExternal(link, deps.hosts())) {
      deps.log(`refused to open a link outside the allowed hosts: ${link.slice(0, 200)}`);
      return;
    }
    deps.open(link).catch((e: unknown) => deps.log(`could not open ${link.slice(0, 200)}: ${e instanceof Error ? e.message : e}`));
  };
}
