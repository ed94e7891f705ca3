// @vitest-environment happy-dom
// Where the live checklist comes from: admin policy / settings first, then the knowledge base's
// checklist.json, then the built-in script.
import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';
import { defaultSettings, type ScriptItem } from '../../shared/settings/schema';
import { useSettings } from '../settings/store';
import { useAssist } from '../assist/store';
import { DEFAULT_CHECKLIST } from './checklist/checklistProgress';
import { startInsights, useInsights } from './index';

// The web bridge asks for policy.json at start-up: no server here, so no policy (404).
vi.hoisted(() => {
  globalThis.fetch = async () => new Response(null, { status: 404 });
});

const item = (id: string): ScriptItem => ({ id, label: id, phrases: [`say ${id}`] });
const withScript = (checklist: ScriptItem[] | undefined) => {
  const effective = { ...structuredClone(defaultSettings), ...(checklist ? { script: { checklist } } : {}) };
  useSettings.setState({ snapshot: { effective, user: effective, locked: [] } });
};

it('policy wins over the knowledge base, which wins over the built-in script', () => {
  startInsights();
  withScript(undefined);
  expect(useInsights.getState().checklist).toBe(DEFAULT_CHECKLIST);
  useAssist.setState({ checklist: [item('kb-greeting')] });
  expect(useInsights.getState().checklist.map((i) => i.id)).toEqual(['kb-greeting']);
  withScript([item('policy-greeting')]);
  expect(useInsights.getState().checklist.map((i) => i.id)).toEqual(['policy-greeting']);
  withScript(undefined);
  expect(useInsights.getState().checklist.map((i) => i.id)).toEqual(['kb-greeting']);
  useAssist.setState({ checklist: [] });
  expect(useInsights.getState().checklist).toBe(DEFAULT_CHECKLIST);
});
