import type { FeatureStrings } from '../i18n/featureStrings';

export const diagnosticsStrings: FeatureStrings = {
  en: {
    legend: 'Support',
    save: 'Save diagnostics',
    hint: 'A zip of the recent SIP trace, call statistics, devices, versions, settings and error log for your support team. Passwords, keys and tokens are removed.',
    saving: 'Collecting diagnostics…',
    saved: 'Saved {{name}}',
    failed: 'Could not save diagnostics: {{message}}',
  },
  'zh-CN': {
    legend: '技术支持',
    save: '保存诊断信息',
    hint: '为技术支持团队生成一个 zip 文件，包含最近的 SIP 跟踪、通话统计、设备、版本、设置和错误日志。密码、密钥和令牌已移除。',
    saving: '正在收集诊断信息…',
    saved: '已保存 {{name}}',
    failed: '无法保存诊断信息：{{message}}',
  },
};
