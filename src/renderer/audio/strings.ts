import type { FeatureStrings } from '../i18n';

export const audioStrings: FeatureStrings = {
  en: {
    title: 'Audio devices',
    microphoneId: 'Microphone',
    speakerId: 'Speaker',
    ringerId: 'Ringer',
    systemDefault: 'System default',
    level: 'Microphone level',
    ringOnHeadsetToo: 'Also ring on the speaker/headset',
    missing: 'The saved device is not connected: using the system default.',
    locked: 'Set by your administrator',
    noSinkSelection: 'This browser cannot choose the output device: sound plays on the system default.',
  },
  'zh-CN': {
    title: '音频设备',
    microphoneId: '麦克风',
    speakerId: '扬声器',
    ringerId: '铃声设备',
    systemDefault: '系统默认',
    level: '麦克风音量',
    ringOnHeadsetToo: '同时在扬声器/耳机上响铃',
    missing: '已保存的设备未连接：正在使用系统默认设备。',
    locked: '由管理员设置',
    noSinkSelection: '此浏览器无法选择输出设备：声音将在系统默认设备上播放。',
  },
};
