import type { Locale } from '../model';

const STORAGE_KEY = 'open-expo.locale';
type Listener = (locale: Locale) => void;

function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'zh-CN') return fromUrl;
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'zh-CN') return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * The page language: from `?lang=`, then the visitor's last choice, then the browser.
 * Components subscribe and re-render when it changes.
 */
class LocaleStore {
  private current: Locale = initialLocale();
  private readonly listeners = new Set<Listener>();

  get locale(): Locale {
    return this.current;
  }

  set(locale: Locale): void {
    if (locale === this.current) return;
    this.current = locale;
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
    for (const listener of this.listeners) listener(locale);
  }

  toggle(): void {
    this.set(this.current === 'en' ? 'zh-CN' : 'en');
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const localeStore = new LocaleStore();
document.documentElement.lang = localeStore.locale;
