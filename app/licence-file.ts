import type { MessageKey } from './i18n';

/** The business licence scan an exhibitor attaches: what the server's upload check accepts. */
export const LICENCE_FILE = {
  /** The server's `documentMaxBytes`. */
  maxBytes: 10 * 1024 * 1024,
  types: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
  /** For the file picker; browsers that report no type for a file are judged by its extension. */
  accept: '.png,.jpg,.jpeg,.webp,.pdf,image/png,image/jpeg,image/webp,application/pdf',
} as const;

const EXTENSIONS = /\.(png|jpe?g|webp|pdf)$/i;

/**
 * What is wrong with the chosen licence file, as a message key and its parameters, or undefined
 * when it may be sent. The server checks the bytes themselves; this only spares a wasted upload.
 */
export function licenceProblem(file: { name: string; size: number; type: string } | undefined): { key: MessageKey; params?: Record<string, string> } | undefined {
  if (!file || (file.size === 0 && file.name === '')) return { key: 'problem.licenceMissing' };
  const typeOk = file.type ? (LICENCE_FILE.types as readonly string[]).includes(file.type) : EXTENSIONS.test(file.name);
  if (!typeOk) return { key: 'problem.licenceType' };
  if (file.size > LICENCE_FILE.maxBytes) return { key: 'problem.licenceSize', params: { mb: (file.size / (1024 * 1024)).toFixed(1) } };
  return undefined;
}
