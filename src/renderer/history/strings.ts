import type { FeatureStrings } from '../i18n';

export const historyStrings: FeatureStrings = {
  en: {
    title: 'Call history',
    empty: 'No calls yet.',
    callBack: 'Call back {{peer}}',
    callBackShort: 'Call back',
    'direction.incoming': 'In',
    'direction.outgoing': 'Out',
    'outcome.answered': 'Answered',
    'outcome.missed': 'Missed',
    'outcome.declined': 'Declined',
    'outcome.failed': 'Failed',
    'outcome.cancelled': 'Cancelled',
    'outcome.busy': 'Busy',
  },
  'zh-CN': {
    title: '通话记录',
    empty: '暂无通话。',
    callBack: '回拨 {{peer}}',
    callBackShort: '回拨',
    'direction.incoming': '呼入',
    'direction.outgoing': '呼出',
    'outcome.answered': '已接听',
    'outcome.missed': '未接',
    'outcome.declined': '已拒接',
    'outcome.failed': '失败',
    'outcome.cancelled': '已取消',
    'outcome.busy': '忙',
  },
};
