import type { Locale } from '../../model';

/** A message in both page languages; `{name}` placeholders are filled by `translate`. */
export type Messages = Record<string, { 'zh-CN': string; en: string }>;

/** The editors' own strings (editor/ may not import app/i18n.ts). Unknown locales read English. */
export function createTranslator<M extends Messages>(messages: M) {
  return (locale: Locale, key: keyof M & string, params: Record<string, string | number> = {}): string => {
    const entry = messages[key]!;
    const template = locale === 'zh-CN' ? entry['zh-CN'] : entry.en;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** Strings of editor/core's shared parts (the conflict dialog, publish states). */
export const CORE_MESSAGES = {
  'conflict.title': { 'zh-CN': '有人已抢先发布', en: 'Someone published first' },
  'conflict.body': {
    'zh-CN': '在您编辑期间，修订版 {revision} 已被发布。请选择保留哪个版本；两个版本都不会被悄悄丢弃。',
    en: 'Revision {revision} was published while you were editing. Choose which version to keep; neither is dropped silently.',
  },
  'conflict.keepMine': { 'zh-CN': '保留我的版本', en: 'Keep mine' },
  'conflict.takeTheirs': { 'zh-CN': '采用对方版本', en: 'Take theirs' },
  'conflict.compare': { 'zh-CN': '对比差异', en: 'Compare' },
  'conflict.hideCompare': { 'zh-CN': '隐藏对比', en: 'Hide comparison' },
  'conflict.cancel': { 'zh-CN': '稍后决定', en: 'Decide later' },
  'conflict.field': { 'zh-CN': '字段', en: 'Field' },
  'conflict.mine': { 'zh-CN': '我的', en: 'Mine' },
  'conflict.theirs': { 'zh-CN': '对方的', en: 'Theirs' },
  'conflict.absent': { 'zh-CN': '（无）', en: '(none)' },
  'conflict.same': { 'zh-CN': '两个版本内容相同。', en: 'The two versions have the same content.' },
  'conflict.more': { 'zh-CN': '还有 {n} 处差异未列出', en: '{n} more differences not listed' },
} satisfies Messages;

export const coreText = createTranslator(CORE_MESSAGES);
