import { describe, expect, it } from 'vitest';
import { BoothDesignDocument, checkDesignFitsTemplate, type BoothDesign } from './booth-design';
import type { BoothTemplate } from './booth-template';

const TEMPLATE: BoothTemplate = {
  version: 1,
  id: 'inline-3x3',
  name: { 'zh-CN': '标准展位', en: 'Shell scheme' },
  kind: 'inline',
  footprint: { width: 3, depth: 3 },
  fixtures: [{ kind: 'fascia', x: 0, y: 2.5, z: -1.45, width: 3, height: 0.3, depth: 0.1 }],
  anchors: [{ id: 'stand-1', kind: 'stand', x: -0.9, y: 0, z: 0.8, yaw: 180 }],
};

function design(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    id: 'acme-booth',
    exhibitorId: 'acme',
    templateId: 'inline-3x3',
    revision: 0,
    fasciaName: { 'zh-CN': '艾克米', en: 'ACME' },
    theme: { primaryColor: '#1a2b3c', accentColor: '#ffcc00', wallMaterial: 'wood', logoUrl: '/assets/logos/acme.png' },
    items: [
      { id: 'stand-a', kind: 'product-stand', anchorId: 'stand-1', x: -0.9, z: 0.8, productId: 'drill-x1' },
      { id: 'video', kind: 'screen', x: 0, y: 1.5, z: 1.4, yaw: 180, mediaUrl: 'https://cdn.example.com/acme.mp4' },
    ],
    ...overrides,
  };
}

function errorsOf(doc: unknown): string[] {
  const result = BoothDesignDocument.validate(doc);
  return result.ok ? [] : result.errors;
}

function parsed(doc: Record<string, unknown>): BoothDesign {
  return BoothDesignDocument.parse(doc);
}

describe('BoothDesign', () => {
  it('accepts a valid design and fills in item defaults', () => {
    expect(errorsOf(design())).toEqual([]);
    expect(parsed(design()).items[0]).toMatchObject({ y: 0, yaw: 0, scale: 1 });
  });

  it('refuses a product stand or model without a product', () => {
    const items = [
      { id: 'stand-a', kind: 'product-stand', x: 0, z: 0 },
      { id: 'model-a', kind: 'model', x: 1, z: 0 },
      { id: 'plant', kind: 'plant', x: -1, z: 0 },
    ];
    expect(errorsOf(design({ items }))).toEqual(['items[0].productId: a product-stand must link to a product', 'items[1].productId: a model must link to a product']);
  });

  it('refuses a duplicate item id', () => {
    const items = [
      { id: 'plant', kind: 'plant', x: 1, z: 0 },
      { id: 'plant', kind: 'plant', x: -1, z: 0 },
    ];
    expect(errorsOf(design({ items }))).toEqual(['items[1].id: duplicate item id "plant"']);
  });

  it('refuses unsafe media and logo URLs', () => {
    const items = [{ id: 'video', kind: 'screen', x: 0, z: 1.4, mediaUrl: 'javascript:alert(1)' }];
    const theme = { primaryColor: '#1a2b3c', accentColor: '#ffcc00', wallMaterial: 'wood', logoUrl: 'http://example.com/logo.png' };
    expect(errorsOf(design({ items, theme }))).toEqual([
      'theme.logoUrl: must be an https URL or a same-origin path starting with "/"',
      'items[0].mediaUrl: must be an https URL or a same-origin path starting with "/"',
    ]);
  });

  it('refuses a scale outside 0.1–5 and a fascia name without English', () => {
    const [scale] = errorsOf(design({ items: [{ id: 'plant', kind: 'plant', x: 0, z: 0, scale: 0 }] }));
    expect(scale).toMatch(/^items\[0\]\.scale: .*0\.1/);
    expect(errorsOf(design({ fasciaName: { 'zh-CN': '艾克米' } }))).toEqual(['fasciaName.en: Invalid input: expected string, received undefined']);
  });

  describe('checkDesignFitsTemplate', () => {
    it('passes a design that fits', () => {
      expect(checkDesignFitsTemplate(parsed(design()), TEMPLATE)).toEqual({ ok: true, value: parsed(design()) });
    });

    it('refuses items outside the template footprint, per axis', () => {
      const items = [
        { id: 'plant', kind: 'plant', x: 2, z: 0 },
        { id: 'rack', kind: 'brochure-rack', x: 0, z: -1.75 },
        { id: 'edge', kind: 'plant', x: 1.5, z: 1.5 },
      ];
      expect(checkDesignFitsTemplate(parsed(design({ items })), TEMPLATE)).toEqual({
        ok: false,
        errors: ['items[0].x: item is 0.50 m outside the booth footprint', 'items[1].z: item is 0.25 m outside the booth footprint'],
      });
    });

    it('refuses an anchor the template does not have and a design for another template', () => {
      const items = [{ id: 'stand-a', kind: 'product-stand', anchorId: 'stand-9', x: 0, z: 0, productId: 'drill-x1' }];
      expect(checkDesignFitsTemplate(parsed(design({ items, templateId: 'island-9x9' })), TEMPLATE)).toEqual({
        ok: false,
        errors: ['templateId: design uses "island-9x9" but was checked against "inline-3x3"', 'items[0].anchorId: template "inline-3x3" has no anchor "stand-9"'],
      });
    });
  });
});
