// Which services get CORS headers (serviceCors.ts). A grant is something the page alone cannot forge:
//  - the origin of a service URL that admin policy sets, or
//  - an origin the agent allowed in a native dialog that main shows, parented to the app window and
//    naming the origin in main's own words. The page can make main ask (by saving a URL), but it cannot
//    draw, word or answer that dialog; the answer is kept by main (userData/service-grants.json) and never
//    crosses IPC as something the page could write.
// And a grant applies only while the settings in force still name that origin for a service. An origin
// the agent refused is not asked about again in this session, so a page cannot wear the agent down by
// saving the same URL over and over.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Policy, Settings } from '../../shared/settings/schema';
import { writeFileAtomic } from '../settings/atomicFile';
import { namedServices, policyServiceOrigins, type ServiceRole } from './serviceCors';

export interface ServiceGrantDeps {
  /** userData: where the agent's answers are kept. */
  dir: string;
  /** Asks the agent, in a native dialog, whether the app may read from `origin`; true = allowed. */
  ask(origin: string, roles: ServiceRole[], language: Settings['language']): Promise<boolean>;
  log(message: string): void;
}

export function createServiceGrants(deps: ServiceGrantDeps) {
  const file = join(deps.dir, 'service-grants.json');
  const refused = new Set<string>();
  let asking: Promise<void> = Promise.resolve();

  const allowedByAgent = (): Set<string> => {
    if (!existsSync(file)) return new Set();
    try {
      const allowed = (JSON.parse(readFileSync(file, 'utf8')) as { allowed?: unknown }).allowed;
      return new Set(Array.isArray(allowed) ? allowed.filter((o): o is string => typeof o === 'string') : []);
    } catch (e) {
      deps.log(`service grants: ${file} is unreadable, so no service the agent allowed is granted: ${e instanceof Error ? e.message : e}`);
      return new Set();
    }
  };

  const askAbout = async (effective: Settings, policy: Policy | null): Promise<void> => {
    const byPolicy = policyServiceOrigins(policy);
    for (const [origin, roles] of namedServices(effective)) {
      if (byPolicy.has(origin) || refused.has(origin) || allowedByAgent().has(origin)) continue;
      if (await deps.ask(origin, roles, effective.language)) {
        writeFileAtomic(file, JSON.stringify({ allowed: [...allowedByAgent(), origin] }, null, 2));
        deps.log(`service grants: the agent allowed ${origin}`);
      } else {
        refused.add(origin);
        deps.log(`service grants: the agent refused ${origin}`);
      }
    }
  };

  return {
    /** The origins to give CORS headers for, given the settings and policy in force. */
    granted(effective: Settings, policy: Policy | null): Set<string> {
      const byPolicy = policyServiceOrigins(policy);
      const byAgent = allowedByAgent();
      return new Set([...namedServices(effective).keys()].filter((o) => byPolicy.has(o) || byAgent.has(o)));
    },
    /**
     * Asks the agent about each origin the settings name that is neither granted nor refused in this session,
     * one dialog at a time (after a save, and once at start-up for settings saved before grants existed).
     */
    confirmNamed(effective: Settings, policy: Policy | null): Promise<void> {
      asking = asking.then(() => askAbout(effective, policy)).catch((e: unknown) => deps.log(`service grants: ${e instanceof Error ? e.message : e}`));
      return asking;
    },
  };
}

export type ServiceGrants = ReturnType<typeof createServiceGrants>;
