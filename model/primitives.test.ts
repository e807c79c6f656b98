import { describe, expect, it } from 'vitest';
import { formatIssues } from './errors';
import { LIMITS } from './limits';
import { AssetUrl, Finite, HexColor, Id, isSafeUrl, localizedText, text, YawDegrees } from './primitives';

function errorsOf(schema: { safeParse(v: unknown): { success: true } | { success: false; error: import('zod').ZodError } }, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : formatIssues(result.error);
}

describe('AssetUrl', () => {
  it.each(['https://cdn.example.com/models/drill.glb', '/assets/x.glb', '/assets/logos/acme%20co.png?v=2#top', '/'])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
    expect(errorsOf(AssetUrl, url)).toEqual([]);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['http:', 'http://example.com/x.glb'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['protocol-relative', '//evil.example/x.glb'],
    ['backslash', '/\\evil.example/x.glb'],
    // The URL parser drops tabs and newlines, turning these into "//evil.example/…".
    ['tab', '/\t/evil.example/x.glb'],
    ['newline', '/\n/evil.example/x.glb'],
    ['relative', 'assets/x.glb'],
    ['empty', ''],
  ])('refuses a %s URL', (_what, url) => {
    expect(isSafeUrl(url)).toBe(false);
    expect(errorsOf(AssetUrl, url)).toEqual(['must be an https URL or a same-origin path starting with "/"']);
  });

  it('refuses a URL over the length limit', () => {
    const url = `https://cdn.example.com/${'a'.repeat(LIMITS.urlLength)}`;
    expect(errorsOf(AssetUrl, url)).toContain(`must be at most ${LIMITS.urlLength} characters`);
  });
});

describe('localizedText', () => {
  const name = localizedText(10);

  it('needs zh-CN and en and allows further locales', () => {
    expect(errorsOf(name, { 'zh-CN': '展厅', en: 'Hall', ja: 'ホール', 'pt-BR': 'Salão' })).toEqual([]);
    expect(errorsOf(name, { 'zh-CN': '展厅' })).toEqual(['en: Invalid input: expected string, received undefined']);
    expect(errorsOf(name, { en: 'Hall' })).toEqual(['zh-CN: Invalid input: expected string, received undefined']);
  });

  it('refuses a key that is not a locale code', () => {
    expect(errorsOf(name, { 'zh-CN': '展厅', en: 'Hall', english: 'Hall' })).toEqual(['english: "english" is not a locale code like "en" or "zh-CN"']);
    expect(errorsOf(name, { 'zh-CN': '展厅', en: 'Hall', zh_TW: '展廳' })).toEqual(['zh_TW: "zh_TW" is not a locale code like "en" or "zh-CN"']);
  });

  it('applies the length limit and the empty check to every locale', () => {
    expect(errorsOf(name, { 'zh-CN': '展'.repeat(11), en: 'Hall', fr: 'x'.repeat(11) })).toEqual(['zh-CN: must be at most 10 characters', 'fr: must be at most 10 characters']);
    expect(errorsOf(name, { 'zh-CN': '展厅', en: '' })).toEqual(['en: must not be empty']);
    expect(errorsOf(name, { 'zh-CN': '展'.repeat(10), en: 'x'.repeat(10) })).toEqual([]);
  });
});

describe('text', () => {
  it('refuses control characters but keeps newlines and tabs', () => {
    expect(errorsOf(text(100), 'line one\nline\ttwo')).toEqual([]);
    expect(errorsOf(text(100), 'bell\u0007')).toEqual(['must not contain control characters']);
  });
});

describe('numbers, ids and colours', () => {
  it.each([NaN, Infinity, -Infinity, '1'])('Finite refuses %s', (bad) => {
    expect(errorsOf(Finite, bad)).toEqual(['must be a finite number']);
  });

  it('keeps range messages for range errors', () => {
    const [error] = errorsOf(YawDegrees, 400);
    expect(error).toMatch(/360/);
    expect(error).not.toBe('must be a finite number');
  });

  it('accepts ids made for URLs only', () => {
    expect(errorsOf(Id, 'hall-a-01')).toEqual([]);
    expect(errorsOf(Id, 'Hall A')).toEqual(['must be lowercase letters, digits and dashes, starting with a letter or digit']);
    expect(errorsOf(Id, '-a')).toEqual(['must be lowercase letters, digits and dashes, starting with a letter or digit']);
    expect(errorsOf(Id, 'a'.repeat(LIMITS.idLength + 1))[0]).toMatch(new RegExp(`${LIMITS.idLength}`));
  });

  it('accepts #rrggbb colours only', () => {
    expect(errorsOf(HexColor, '#1A2b3c')).toEqual([]);
    expect(errorsOf(HexColor, 'red')).toEqual(['must be a colour like #1a2b3c']);
    expect(errorsOf(HexColor, '#abc')).toEqual(['must be a colour like #1a2b3c']);
  });
});
