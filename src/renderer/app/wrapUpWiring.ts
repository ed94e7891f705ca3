// Wrap-up after every answered call, real or demo: drafted the moment the call ends; saving attaches
// it to the call's history record (the demo call has none, so its wrap-up is not saved).
import i18next from 'i18next';
import { onCallEnded } from '../phone';
import { DEMO_CALL_ID, useDemo } from '../demo';
import { useInsights } from '../insights';
import { setSummariser, useWrapUp } from '../wrapup';
import { createLlmSummariser } from '../wrapup/llmSummariser';
import { readLlmKey } from '../assist/generate/llmKey';
import { assistOf } from '../../shared/settings/schema';
import { useSettings } from '../settings/settingsStore';
import { callRecorded } from './session';

const history = () => import('../history/store').then((m) => m.useHistory.getState());

onCallEnded((call) => {
  if (call.answeredAt === null) return;
  void useWrapUp.getState().open({
    callId: call.id,
    peer: call.peerName || call.peerNumber,
    direction: call.direction,
    persist: async (wrapUp) => {
      await callRecorded(call.id);
      return (await (await history()).attach(call.id, { wrapUp })).wrapUp!;
    },
  });
});

useDemo.subscribe((s, prev) => {
  if (prev.status !== 'running' || s.status === 'running') return;
  void useWrapUp.getState().open({ callId: DEMO_CALL_ID, peer: i18next.t('demo.customer'), direction: 'demo', persist: null });
  // The next demo call reuses the id: start its insights afresh.
  useInsights.getState().forget(DEMO_CALL_ID);
});

// With an LLM server configured (agent assist settings or policy), it writes the summary; the
// on-device draft shows first and stays if the server fails.
let summaryServer = '';
const applySummaryServer = () => {
  const effective = useSettings.getState().snapshot?.effective;
  const assist = effective ? assistOf(effective) : null;
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
applySummaryServer();
useSettings.subscribe(applySummaryServer);
