import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { defineDocument } from './document';
import { DocumentError, formatIssues, formatPath } from './errors';
import { HallLayoutDocument } from './hall-layout';

/**
 * A toy document at version 3. Its history: v1 had `name`; v2 renamed it to `title`;
 * v3 added `tags`, seeded from the title so that the steps must run in order.
 */
const ToyV3 = z.object({ version: z.literal(3), title: z.string().min(1), tags: z.array(z.string()) });
const Toy = defineDocument({
  name: 'Toy',
  version: 3,
  schema: ToyV3,
  migrations: {
    1: ({ name, ...rest }) => ({ ...rest, title: name }),
    2: (doc) => ({ ...doc, tags: [String(doc.title).toLowerCase()] }),
  },
});

describe('defineDocument migrate()', () => {
  it('runs the migrations 1 → 2 → 3 in order', () => {
    expect(Toy.migrate({ version: 1, name: 'Drill' })).toEqual({ ok: true, value: { version: 3, title: 'Drill', tags: ['drill'] } });
  });

  it('starts from the stored version', () => {
    expect(Toy.migrate({ version: 2, title: 'Saw' })).toEqual({ ok: true, value: { version: 3, title: 'Saw', tags: ['saw'] } });
    expect(Toy.migrate({ version: 3, title: 'Saw', tags: [] })).toEqual({ ok: true, value: { version: 3, title: 'Saw', tags: [] } });
  });

  it('hands each step the document at the version it upgrades, and stamps the next version itself', () => {
    const seen: unknown[] = [];
    const Traced = defineDocument({
      name: 'Traced',
      version: 3,
      schema: ToyV3,
      migrations: {
        1: ({ name, ...rest }) => (seen.push(rest.version), { ...rest, title: name, version: 99 }),
        2: (doc) => (seen.push(doc.version), { ...doc, tags: [] }),
      },
    });
    expect(Traced.migrate({ version: 1, name: 'Drill' })).toEqual({ ok: true, value: { version: 3, title: 'Drill', tags: [] } });
    expect(seen).toEqual([1, 2]);
  });

  it('leaves the input alone', () => {
    const stored = { version: 1, name: 'Drill' };
    Toy.migrate(stored);
    expect(stored).toEqual({ version: 1, name: 'Drill' });
  });

  it('validates the migrated document', () => {
    expect(Toy.migrate({ version: 1, name: '' })).toEqual({ ok: false, errors: ['title: Too small: expected string to have >=1 characters'] });
  });

  it.each([
    ['missing', {}],
    ['zero', { version: 0 }],
    ['fractional', { version: 1.5 }],
    ['a string', { version: '1' }],
  ])('refuses a version that is %s', (_what, doc) => {
    expect(Toy.migrate({ title: 'x', ...doc })).toEqual({ ok: false, errors: ['version: must be a positive integer'] });
  });

  it('refuses a version newer than this build', () => {
    expect(Toy.migrate({ version: 4, title: 'x', tags: [] })).toEqual({ ok: false, errors: ['version: Toy version 4 is newer than this build supports (3)'] });
  });

  it.each([null, [], 'toy', 3])('refuses %j, which is not an object', (input) => {
    expect(Toy.migrate(input)).toEqual({ ok: false, errors: ['Toy must be a JSON object'] });
  });

  it('says which migration is missing', () => {
    const Gappy = defineDocument({ name: 'Gappy', version: 3, schema: ToyV3, migrations: { 2: (doc) => doc } });
    expect(Gappy.migrate({ version: 1, name: 'x' })).toEqual({ ok: false, errors: ['version: no migration from Gappy version 1'] });
  });

  it('passes a version 1 document of a version 1 kind straight to validation', () => {
    const hall = {
      version: 1,
      id: 'tiny',
      name: { 'zh-CN': '小厅', en: 'Tiny' },
      size: { width: 10, depth: 10, height: 5 },
      style: { floorColor: '#cccccc', wallColor: '#ffffff', carpetColor: '#224466' },
      entrances: [{ id: 'main', wall: 'south', offset: 5, width: 2 }],
      spawnPoints: [{ x: 5, z: 1, yaw: 0 }],
      slots: [],
    };
    expect(HallLayoutDocument.migrate(hall).ok).toBe(true);
    const { version: _v, ...unversioned } = hall;
    expect(HallLayoutDocument.migrate(unversioned)).toEqual({ ok: false, errors: ['version: must be a positive integer'] });
  });
});

describe('defineDocument validate() and parse()', () => {
  it('validate() does not migrate', () => {
    expect(Toy.validate({ version: 1, name: 'Drill' }).ok).toBe(false);
  });

  it('parse() returns the migrated value or throws a DocumentError with every message', () => {
    expect(Toy.parse({ version: 1, name: 'Drill' })).toEqual({ version: 3, title: 'Drill', tags: ['drill'] });
    try {
      Toy.parse({ version: 9 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentError);
      expect((error as DocumentError).documentName).toBe('Toy');
      expect((error as DocumentError).errors).toEqual(['version: Toy version 9 is newer than this build supports (3)']);
      expect((error as DocumentError).message).toBe('invalid Toy: version: Toy version 9 is newer than this build supports (3)');
    }
  });

  it('shortens a long error list in the message but keeps it all in errors', () => {
    const lines = Array.from({ length: 7 }, (_, i) => `line ${i}`);
    const error = new DocumentError('Toy', lines);
    expect(error.message).toBe('invalid Toy: line 0; line 1; line 2; line 3; line 4 (and 2 more)');
    expect(error.errors).toEqual(lines);
  });
});

describe('error formatting', () => {
  it('writes paths the way a reader would', () => {
    expect(formatPath(['slots', 12, 'x'])).toBe('slots[12].x');
    expect(formatPath(['name', 'zh-CN'])).toBe('name.zh-CN');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });

  it('prefixes each issue with its path', () => {
    const result = z.object({ a: z.array(z.number()) }).safeParse({ a: [1, 'two'] });
    expect(result.success ? [] : formatIssues(result.error)).toEqual(['a[1]: Invalid input: expected number, received string']);
  });
});
