import type { BoothDesign, BoothItem, BoothItemKind, BoothTemplate } from '../../model';
import type { EditCommand } from '../core/edit-history';

/**
 * Every booth edit as a command object (STYLE.md #5): pure functions from one design to the
 * next. The labels are English: they name edits in the undo button's title and in tests.
 */
type Command = EditCommand<BoothDesign>;

export function setTemplate(template: BoothTemplate): Command {
  return {
    label: `Use template ${template.id}`,
    // Anchored items follow their anchor when the new template has one with that id; the rest stay where they are (the fit check flags any outside).
    apply: (d) =>
      d.templateId === template.id
        ? d
        : {
            ...d,
            templateId: template.id,
            items: d.items.map((item) => {
              const anchor = item.anchorId ? template.anchors.find((a) => a.id === item.anchorId) : undefined;
              if (item.anchorId && !anchor) {
                const { anchorId: _gone, ...free } = item;
                return free;
              }
              return anchor ? { ...item, x: anchor.x, y: anchor.y, z: anchor.z, yaw: anchor.yaw } : item;
            }),
          },
  };
}

export function setTheme(patch: Partial<BoothDesign['theme']>, label = 'Change theme'): Command {
  return {
    label,
    apply: (d) => {
      const theme = { ...d.theme, ...patch };
      for (const key of Object.keys(patch) as (keyof BoothDesign['theme'])[]) if (patch[key] === undefined) delete theme[key];
      return sameJson(theme, d.theme) ? d : { ...d, theme };
    },
  };
}

export function setFasciaName(locale: 'zh-CN' | 'en', name: string): Command {
  return { label: `Rename fascia (${locale})`, apply: (d) => (d.fasciaName[locale] === name ? d : { ...d, fasciaName: { ...d.fasciaName, [locale]: name } }) };
}

export function addItem(item: BoothItem): Command {
  return { label: `Add ${item.kind}`, apply: (d) => ({ ...d, items: [...d.items, item] }) };
}

export function removeItem(id: string): Command {
  return { label: `Remove ${id}`, apply: (d) => (d.items.some((i) => i.id === id) ? { ...d, items: d.items.filter((i) => i.id !== id) } : d) };
}

/** Changes fields of one item; `undefined` in the patch removes an optional field (productId, mediaUrl, anchorId). */
export function updateItem(id: string, patch: Partial<BoothItem>, label = `Edit ${id}`): Command {
  return {
    label,
    apply: (d) => {
      const index = d.items.findIndex((i) => i.id === id);
      const old = d.items[index];
      if (!old) return d;
      const next: BoothItem = { ...old, ...patch };
      for (const key of Object.keys(patch) as (keyof BoothItem)[]) if (patch[key] === undefined) delete next[key];
      if (sameJson(next, old)) return d;
      const items = d.items.slice();
      items[index] = next;
      return { ...d, items };
    },
  };
}

/** Puts a published version in place of the draft, as an edit: undo brings the draft back, so neither is lost. */
export function replaceWith(design: BoothDesign, label = 'Take the published version'): Command {
  return { label, apply: (d) => (sameJson(d, design) ? d : design) };
}

/** A fresh item id for `kind` not used in the design: `screen-3`. */
export function nextItemId(design: BoothDesign, kind: BoothItemKind): string {
  const used = new Set(design.items.map((i) => i.id));
  let n = 1;
  while (used.has(`${kind}-${n}`)) n++;
  return `${kind}-${n}`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
