// The deferred features' wiring (features.tsx's chunk), run once when that chunk has loaded
// (loadFeatures.ts): insights, agent assist's suggestions and the wrap-up start following the
// transcript, and the wrap-up takes its place at hang-up. The start-up wiring (voice analysis,
// captions, history) is app/startupWiring.ts; nothing here subscribes at import.
import i18next from 'i18next';
import { registerCallFeature, type CallContext, type CallEnding } from '../callSession';
import { useHistory } from '../history';
import { startInsights } from '../insights';
import { startSuggestions } from '../assist';
import { setSummariser, startWrapUp, useWrapUp } from '../wrapup';
import { createLlmSummariser } from '../wrapup/llmSummariser';
import { readLlmKey } from '../assist/generate/llmKey';
import { onSettingsChange, useSettings } from '../settings/store';
import { installTestHooks } from './testHooks';

const history = () => import('../history/store').then((m) => m.useHistory.getState());

let started = false;
export function startFeatures(): void {
  if (started) return;
  started = true;
  installTestHooks();
  void useHistory.getState().load();
  startInsights();
  startSuggestions();
  startWrapUp();
  registerCallFeature({ name: 'wrap-up', stage: 'wrapUp', finish: openWrapUp });
  applySummaryServer();
  onSettingsChange(applySummaryServer);
}

/** Wrap-up after every answered call, real or demo; saving attaches it to the call's history record
 *  (the demo call has none, so its wrap-up is not saved). */
function openWrapUp(call: CallContext, ending: CallEnding): void {
  if (call.kind === 'demo') {
    void useWrapUp.getState().open({ callId: call.id, peer: i18next.t('demo.customer'), direction: 'demo', persist: null });
    return;
  }
  if (call.answeredAt === null) return;
  const recorded = ending.recorded ?? Promise.reject(new Error(`no record is being kept for call ${call.id}`));
  recorded.catch(() => undefined); // said when the agent saves
  void useWrapUp.getState().open({
    callId: call.id,
    peer: call.peerName || call.peerNumber,
    direction: call.direction === 'outgoing' ? 'outgoing' : 'incoming',
    endedAt: ending.endedAt,
    persist: async (wrapUp) => {
      await recorded;
      return (await (await history()).attach(call.id, { wrapUp })).wrapUp!;
    },
  });
}

// With an LLM server configured (agent assist settings or policy), it writes the summary; the
// on-device draft shows first and stays if the server fails.
let summaryServer = '';
const applySummaryServer = () => {
  const effective = useSettings.getState().snapshot?.effective;
  const assist = effective?.assist ?? null;
  const on = assist?.llmEnabled && assist.llmEndpoint ? assist : null;
  const key = on ? JSON.stringify([on.llmEndpoint, on.llmModel, on.llmKeyHeader, on.llmTimeoutSec]) : '';
  if (key === summaryServer) return;
  summaryServer = key;
  setSummariser(
    on &&
      createLlmSummariser({
        settings: on,
        apiKey: () => readLlmKey(on.llmEndpoint),
        language: () => (i18next.language === 'zh-CN' ? 'zh-CN' : 'en'),
      }),
  );
};
