// The native question behind a service grant (security/serviceGrants.ts): "May Switchboard read from
// <origin>?". Its words are main's own (English or Simplified Chinese, by the app's language setting):
// nothing in it comes from the page except the origin, which main derives from the saved URL itself.
import type { BrowserWindow, Dialog } from 'electron';
import type { Settings } from '../../shared/settings/schema';
import type { ServiceRole } from '../security/serviceCors';

const TEXT = {
  en: {
    title: 'Switchboard',
    message: (origin: string) => `Allow Switchboard to read from ${origin}?`,
    detail: (origin: string, roles: string) =>
      `The settings name ${origin} as ${roles}. If you allow it, the Switchboard window can read what this server answers. ` +
      'Allow it only if you, or your IT department, set this address.',
    roles: { 'knowledge-base': 'the knowledge base', llm: 'the draft-answer (LLM) server', 'model-download': 'the model download server' },
    and: ' and ',
    allow: 'Allow',
    refuse: "Don't allow",
  },
  'zh-CN': {
    title: 'Switchboard',
    message: (origin: string) => `允许 Switchboard 读取 ${origin} 的数据吗？`,
    detail: (origin: string, roles: string) => `设置将 ${origin} 用作${roles}。允许后，Switchboard 窗口可以读取该服务器的响应。仅当此地址是您或 IT 部门设置的时才允许。`,
    roles: { 'knowledge-base': '知识库', llm: '草拟答复（LLM）服务器', 'model-download': '模型下载服务器' },
    and: '和',
    allow: '允许',
    refuse: '不允许',
  },
} as const;

export function serviceQuestion(origin: string, roles: readonly ServiceRole[], language: Settings['language']) {
  const text = TEXT[language] ?? TEXT.en;
  return {
    type: 'question' as const,
    title: text.title,
    message: text.message(origin),
    detail: text.detail(origin, roles.map((r) => text.roles[r]).join(text.and)),
    buttons: [text.allow, text.refuse],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** @returns ask() for createServiceGrants: false when there is no window to ask in. */
export function createServiceQuestion(deps: { dialog: Pick<Dialog, 'showMessageBox'>; window(): BrowserWindow | null }) {
  return async (origin: string, roles: ServiceRole[], language: Settings['language']): Promise<boolean> => {
    const win = deps.window();
    if (!win) return false;
    const { response } = await deps.dialog.showMessageBox(win, serviceQuestion(origin, roles, language));
    return response === 0;
  };
}
