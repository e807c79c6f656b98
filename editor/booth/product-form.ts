import { ProductInput, type Product, type UploadResult } from '../../model';

/** The product form's fields as typed (plain strings), before they become a ProductInput. */
export interface ProductFields {
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  category: string;
  /** Comma-separated. */
  tags: string;
  /** One spec a line: `English name | 中文名 | value`. */
  specs: string;
  modelCode: string;
  images: string[];
  glbUrl: string;
}

export function emptyFields(): ProductFields {
  return { nameZh: '', nameEn: '', descriptionZh: '', descriptionEn: '', category: '', tags: '', specs: '', modelCode: '', images: [], glbUrl: '' };
}

export function fieldsOf(p: Product): ProductFields {
  return {
    nameZh: p.name['zh-CN'],
    nameEn: p.name.en,
    descriptionZh: p.description['zh-CN'],
    descriptionEn: p.description.en,
    category: p.category,
    tags: p.tags.join(', '),
    specs: p.specs.map((s) => `${s.name.en} | ${s.name['zh-CN']} | ${s.value}`).join('\n'),
    modelCode: p.modelCode ?? '',
    images: p.media.filter((m) => m.kind === 'image').map((m) => m.url),
    glbUrl: p.glbUrl ?? '',
  };
}

/** Form fields → a checked ProductInput, or the schema's problems (path: message), so nothing invalid is sent. */
export function productInputOf(f: ProductFields, published = true): { ok: true; value: ProductInput } | { ok: false; problems: string[] } {
  const specs = f.specs
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [en = '', zh = '', ...value] = line.split('|').map((s) => s.trim());
      return { name: { en, 'zh-CN': zh || en }, value: value.join(' | ') };
    });
  const input = {
    version: 1 as const,
    name: { 'zh-CN': f.nameZh.trim(), en: f.nameEn.trim() },
    description: { 'zh-CN': f.descriptionZh.trim(), en: f.descriptionEn.trim() },
    category: f.category.trim(),
    tags: f.tags.split(/[,，]/).map((t) => t.trim()).filter(Boolean),
    specs,
    ...(f.modelCode.trim() ? { modelCode: f.modelCode.trim() } : {}),
    media: f.images.map((url) => ({ kind: 'image' as const, url })),
    ...(f.glbUrl ? { glbUrl: f.glbUrl } : {}),
    published,
  };
  const checked = ProductInput.safeParse(input);
  if (checked.success) return { ok: true, value: input };
  return { ok: false, problems: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

/** The validator's findings in a line: triangles, meshes, size, error and warning counts. */
export function describeGlb(result: UploadResult): string {
  const kb = (result.bytes / 1024).toFixed(0);
  const g = result.glb;
  if (!g) return `${kb} KB`;
  return `${g.triangles} triangles · ${g.meshes} meshes · ${kb} KB · ${g.validator.errors} errors · ${g.validator.warnings} warnings`;
}
