import type { FeatureStrings } from '../i18n';

export const appStrings: FeatureStrings = {
  en: {
    name: 'Switchboard',
    settings: 'Settings',
    loading: 'Starting…',
    loadFailed: 'Settings could not be loaded: {{message}}',
  },
  'zh-CN': {
    name: 'Switchboard',
    settings: '设置',
    loading: '正在启动…',
    loadFailed: '无法加载设置：{{message}}',
  },
};
