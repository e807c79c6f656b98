import { describe, expect, it } from 'vitest';
import { returnPathFrom } from './page-links';

describe('returnPathFrom', () => {
  it('returns a path on this site', () => {
    expect(returnPathFrom('?next=/editor&lang=en')).toBe('/editor');
    expect(returnPathFrom('?next=%2Forganizer%2Fhalls')).toBe('/organizer/halls');
  });

  it('ignores other origins and tricks that leave the site', () => {
    for (const search of ['?next=https://evil.example/', '?next=//evil.example/x', '?next=/\\evil.example', '?next=javascript:alert(1)', '?next=editor', '']) {
      expect(returnPathFrom(search), search).toBeUndefined();
    }
  });
});
