import type { FeatureStrings } from '../i18n/featureStrings';

export const voiceStrings: FeatureStrings = {
  en: {
    title: 'Talk metrics',
    speaking: 'Speaking',
    agentSpeaking: 'Agent speaking',
    customerSpeaking: 'Customer speaking',
    starting: 'Starting voice analysis…',
    silence: 'Silence {{seconds}} s',
    talkListen: 'Talk / listen',
    longestMonologue: 'Longest customer monologue',
    deadAir: 'Dead air: {{seconds}} s of silence',
    crossTalk: 'Cross-talk: both are speaking',
    timeline: 'Who spoke when (last minute): agent above, customer below',
    failed: 'Voice analysis is not available: {{message}}',
  },
  'zh-CN': {
    title: '通话指标',
    speaking: '说话状态',
    agentSpeaking: '坐席正在说话',
    customerSpeaking: '客户正在说话',
    starting: '正在启动语音分析…',
    silence: '静默 {{seconds}} 秒',
    talkListen: '说 / 听',
    longestMonologue: '客户最长独白',
    deadAir: '冷场：已静默 {{seconds}} 秒',
    crossTalk: '抢话：双方同时在说话',
    timeline: '最近一分钟谁在说话：上为坐席，下为客户',
    failed: '语音分析不可用：{{message}}',
  },
};
