import { formatIssues, ProductInput, type Product, type UploadResult } from '../../model';

/** A product's media entry (`images` holds the image URLs the form edits; videos pass through). */
type Media = Product['media'][number];

/** The product form's fields as typed (plain strings), before they become a ProductInput. */
export interface ProductFields {
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  /** A category slug of the expo's taxonomy (or an older one the product already had). */
  category: string;
  /** Comma-separated. */
  tags: string;
  /** One spec a line: `English name | 中文名 | value`. */
  specs: string;
  modelCode: string;
  images: string[];
  /** Media the form does not edit (videos): kept as they are, so saving never drops them. */
  otherMedia: Media[];
  glbUrl: string;
  /** Seen by visitors; a draft (false) only by the exhibitor and the organizers. */
  published: boolean;
}

/** The form fields a problem can be shown next to; `form` for those that belong to none. */
export type ProductFieldKey = Exclude<keyof ProductFields, 'otherMedia' | 'published'> | 'form';

export function emptyFields(): ProductFields {
  return { nameZh: '', nameEn: '', descriptionZh: '', descriptionEn: '', category: '', tags: '', specs: '', modelCode: '', images: [], otherMedia: [], glbUrl: '', published: true };
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
    otherMedia: p.media.filter((m) => m.kind !== 'image'),
    glbUrl: p.glbUrl ?? '',
    published: p.published,
  };
}

/** Form fields → a checked ProductInput, or the schema's problems (`path: message`, as the server words them), so nothing invalid is sent. */
export function productInputOf(f: ProductFields): { ok: true; value: ProductInput } | { ok: false; problems: string[] } {
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
    media: [...f.images.map((url) => ({ kind: 'image' as const, url })), ...f.otherMedia],
    ...(f.glbUrl ? { glbUrl: f.glbUrl } : {}),
    published: f.published,
  };
  const checked = ProductInput.safeParse(input);
  if (checked.success) return { ok: true, value: input };
  return { ok: false, problems: formatIssues(checked.error) };
}

/** One problem placed next to its field; `entry` (1-based) is the spec line, tag or image it is about. */
export interface FieldProblem {
  field: ProductFieldKey;
  entry?: number;
  message: string;
}

/**
 * Places `path: message` problems (from `productInputOf` or the server's `details`, worded alike)
 * next to the form field they are about. The field's own path is dropped from the message, a
 * list index becomes `entry` (`specs[1].value` → spec line 2, `value: must not be empty`).
 */
export function fieldProblems(problems: readonly string[]): FieldProblem[] {
  return problems.map((problem) => {
    const split = /^([A-Za-z][\w.[\]-]*): (.*)$/s.exec(problem);
    if (!split) return { field: 'form', message: problem };
    const [, path = '', message = ''] = split;
    const head = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
    const rest = path.slice(head.length).replace(/^\./, '');
    const indexed = /^\[(\d+)\]\.?(.*)$/.exec(rest);
    /** A problem of a list field: the entry it is about, and the path inside the entry. */
    const listProblem = (field: ProductFieldKey): FieldProblem =>
      indexed ? { field, entry: Number(indexed[1]) + 1, message: indexed[2] ? `${indexed[2]}: ${message}` : message } : { field, message };
    switch (head) {
      case 'name':
        return { field: rest === 'en' ? 'nameEn' : 'nameZh', message: rest && rest !== 'en' && rest !== 'zh-CN' ? `${rest}: ${message}` : message };
      case 'description':
        return { field: rest === 'en' ? 'descriptionEn' : 'descriptionZh', message: rest && rest !== 'en' && rest !== 'zh-CN' ? `${rest}: ${message}` : message };
      case 'specs':
      case 'tags':
        return listProblem(head);
      case 'media':
        // Videos are not listed in the form, so an index there is not an image number.
        return { field: 'images', message: indexed ? (indexed[2] ? `${indexed[2]}: ${message}` : message) : message };
      case 'category':
      case 'modelCode':
      case 'glbUrl':
        return { field: head, message: rest ? `${rest}: ${message}` : message };
      default:
        return { field: 'form', message: problem };
    }
  });
}

/** The validator's findings in a line: triangles, meshes, size, error and warning counts. */
export function describeGlb(result: UploadResult): string {
  const kb = (result.bytes / 1024).toFixed(0);
  const g = result.glb;
  if (!g) return `${kb} KB`;
  return `${g.triangles} triangles · ${g.meshes} meshes · ${kb} KB · ${g.validator.errors} errors · ${g.validator.warnings} warnings`;
}
