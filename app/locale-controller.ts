import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../model';
import { t, type MessageKey } from './i18n';
import { localeStore } from './locale-store';

/** Re-renders its host when the page language changes and gives it `t()`. */
export class LocaleController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get locale(): Locale {
    return localeStore.locale;
  }

  t(key: MessageKey, params?: Record<string, string | number>): string {
    return t(localeStore.locale, key, params);
  }

  hostConnected(): void {
    this.unsubscribe = localeStore.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }
}
