/** Hours and minutes of an epoch time in the page language ("14:05"): when a mute or a removal ends. */
export function clockTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(epochMs);
}
