// The app's TEST-ONLY injection at the transcript boundary (src/renderer/app/testHooks.ts): tests and
// benchmarks stand in for the recogniser with exact text.
import { expect, type Page } from '@playwright/test';
import { fillAccount, launchAgent, type Agent } from './agents';

/** The page globals of the test hook (src/renderer/app/testHooks.ts). */
export type Hooked = Window & {
  __switchboardTestHooks?: boolean;
  __switchboardTest?: { injectUtterance(u: { speaker: 'agent' | 'customer'; text: string }): string };
};

/** An agent whose page exposes the test injection at the transcript boundary (see src/renderer/app/testHooks.ts). */
export async function agentWithTranscriptInjection(user: string, voice: string, baseURL: string): Promise<Agent> {
  const agent = await launchAgent({ user, voice, baseURL, transport: 'ws', register: false });
  // Let the first load settle (settings read, account screen up) before reloading with the hook on.
  await expect(agent.page.getByLabel('SIP address')).toBeVisible();
  await agent.page.context().addInitScript(() => ((window as Hooked).__switchboardTestHooks = true));
  await agent.page.reload();
  // Remembered, so the page registers again by itself after the reload at the end.
  await agent.page.getByLabel('Remember password').check();
  await fillAccount(agent.page, { user, transport: 'ws' });
  return agent;
}

export const say = (page: Page, speaker: 'agent' | 'customer', text: string) =>
  page.evaluate(([speaker, text]) => (window as Hooked).__switchboardTest!.injectUtterance({ speaker, text }), [speaker, text] as const);
