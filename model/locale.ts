import type { LocalizedText } from './primitives';

export type Locale = 'zh-CN' | 'en';

/** The text in the wanted locale, falling back to English, then Chinese. */
export function pickText(text: LocalizedText | undefined, locale: string): string {
  if (!text) return '';
  return text[locale] ?? text.en ?? text['zh-CN'] ?? '';
}
