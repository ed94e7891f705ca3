import type { FeatureStrings } from '../i18n/featureStrings';

export const appStrings: FeatureStrings = {
  en: {
    name: 'Switchboard',
    settings: 'Settings',
    loading: 'Starting…',
    loadFailed: 'Settings could not be loaded: {{message}}',
    renderFailed: 'Switchboard hit a problem showing this window: {{message}}. Calls in progress continue.',
    reload: 'Reload window',
    featuresFailed: 'Part of the window could not load: {{message}}. Calls still work; reload the window to try again.',
  },
  'zh-CN': {
    name: 'Switchboard',
    settings: '设置',
    loading: '正在启动…',
    loadFailed: '无法加载设置：{{message}}',
    renderFailed: 'Switchboard 显示此窗口时出错：{{message}}。进行中的通话不受影响。',
    reload: '重新加载窗口',
    featuresFailed: '部分界面无法加载：{{message}}。通话仍可使用；请重新加载窗口再试。',
  },
};
