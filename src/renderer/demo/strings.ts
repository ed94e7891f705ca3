import type { FeatureStrings } from '../i18n/featureStrings';

export const demoStrings: FeatureStrings = {
  en: {
    try: 'Try a demo call',
    region: 'Demo call',
    customer: 'Demo customer (recording)',
    starting: 'Starting the demo call…',
    running: 'Demo call: a recorded customer plays as the far end; your microphone is the agent.',
    end: 'End demo call',
    failed: 'The demo call could not start: {{message}}',
  },
  'zh-CN': {
    try: '试拨演示通话',
    region: '演示通话',
    customer: '演示客户（录音）',
    starting: '正在开始演示通话…',
    running: '演示通话：录制的客户语音作为对方播放；您的麦克风作为坐席。',
    end: '结束演示通话',
    failed: '演示通话无法开始：{{message}}',
  },
};
