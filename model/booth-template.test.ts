import { describe, expect, it } from 'vitest';
import { BoothTemplateDocument, type Anchor, type Fixture } from './booth-template';

const FASCIA: Fixture = { kind: 'fascia', x: 0, y: 2.5, z: -1.45, width: 3, height: 0.3, depth: 0.1 };

/** A 3 × 3 m shell-scheme booth, open front toward -z. */
function template(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    id: 'inline-3x3',
    name: { 'zh-CN': '标准展位', en: 'Shell scheme' },
    kind: 'inline',
    footprint: { width: 3, depth: 3 },
    fixtures: [
      { kind: 'wall', x: 0, y: 0, z: 1.45, width: 3, height: 2.5, depth: 0.1 },
      FASCIA,
    ] satisfies Fixture[],
    anchors: [
      { id: 'stand-1', kind: 'stand', x: -0.9, y: 0, z: 0.8, yaw: 180 },
      { id: 'poster', kind: 'poster', x: 0, y: 1.5, z: 1.4, yaw: 180 },
    ] satisfies Anchor[],
    ...overrides,
  };
}

function errorsOf(doc: unknown): string[] {
  const result = BoothTemplateDocument.validate(doc);
  return result.ok ? [] : result.errors;
}

describe('BoothTemplate', () => {
  it('accepts a valid template', () => {
    expect(errorsOf(template())).toEqual([]);
  });

  it('refuses a fixture that sticks out of the footprint', () => {
    const fixtures = [
      { kind: 'wall', x: 0, y: 0, z: 1.5, width: 3, height: 2.5, depth: 0.1 },
      FASCIA,
      { kind: 'counter', x: 1.2, y: 0, z: 0, width: 1, height: 1.05, depth: 0.5 },
    ];
    expect(errorsOf(template({ fixtures }))).toEqual(['fixtures[0]: wall sticks out of the 3×3 m footprint', 'fixtures[2]: counter sticks out of the 3×3 m footprint']);
  });

  it('lets a fixture run flush with the footprint edge', () => {
    const fixtures = [
      { kind: 'wall', x: -1.45, y: 0, z: 0, width: 0.1, height: 2.5, depth: 3 },
      FASCIA,
    ];
    expect(errorsOf(template({ fixtures }))).toEqual([]);
  });

  it('refuses an anchor outside the footprint and a duplicate anchor id', () => {
    const anchors = [
      { id: 'stand-1', kind: 'stand', x: -0.9, y: 0, z: 0.8, yaw: 180 },
      { id: 'stand-2', kind: 'stand', x: 1.6, y: 0, z: 0, yaw: 180 },
      { id: 'stand-1', kind: 'stand', x: 0, y: 0, z: -1.6, yaw: 180 },
    ];
    expect(errorsOf(template({ anchors }))).toEqual(['anchors[1]: anchor lies outside the footprint', 'anchors[2].id: duplicate anchor id "stand-1"', 'anchors[2]: anchor lies outside the footprint']);
  });

  it('needs a fascia unless the booth is raw space', () => {
    const fixtures = [{ kind: 'wall', x: 0, y: 0, z: 1.45, width: 3, height: 2.5, depth: 0.1 }];
    expect(errorsOf(template({ fixtures }))).toEqual(["fixtures: an inline booth needs a fascia to show the exhibitor's name"]);
    expect(errorsOf(template({ fixtures, kind: 'raw' }))).toEqual([]);
  });

  it('refuses NaN and Infinity positions and things below the floor', () => {
    const anchors = [{ id: 'stand-1', kind: 'stand', x: NaN, y: 0, z: Infinity, yaw: 180 }];
    expect(errorsOf(template({ anchors }))).toEqual(['anchors[0].x: must be a finite number', 'anchors[0].z: must be a finite number']);
    const [below, ...rest] = errorsOf(template({ anchors: [{ id: 'stand-1', kind: 'stand', x: 0, y: -0.5, z: 0, yaw: 180 }] }));
    expect(rest).toEqual([]);
    expect(below).toMatch(/^anchors\[0\]\.y: .*0/);
    expect(below).not.toContain('finite');
  });

  it('refuses a yaw outside ±360°, saying so', () => {
    const [error, ...rest] = errorsOf(template({ anchors: [{ id: 'stand-1', kind: 'stand', x: 0, y: 0, z: 0, yaw: 400 }] }));
    expect(rest).toEqual([]);
    expect(error).toMatch(/^anchors\[0\]\.yaw: .*360/);
  });

  it('refuses an unknown fixture kind and a footprint over 60 m', () => {
    const fixtures = [{ kind: 'fountain', x: 0, y: 0, z: 0, width: 1, height: 1, depth: 1 }, FASCIA];
    expect(errorsOf(template({ fixtures }))[0]).toMatch(/^fixtures\[0\]\.kind: /);
    expect(errorsOf(template({ footprint: { width: 61, depth: 3 } }))[0]).toMatch(/^footprint\.width: .*60/);
  });

  it('migrate() passes version 1 and refuses a missing version', () => {
    expect(BoothTemplateDocument.migrate(template()).ok).toBe(true);
    const { version: _version, ...unversioned } = template();
    expect(BoothTemplateDocument.migrate(unversioned)).toEqual({ ok: false, errors: ['version: must be a positive integer'] });
  });
});
