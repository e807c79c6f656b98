import { z } from 'zod';

/**
 * The Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-symbol
 * alphabet (digits and capitals without I, O, Z, S, V), the last one a check character computed
 * from the first 17 with weights 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters of a code, or undefined if one is not in the alphabet. */
export function usccCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** What is wrong with a code, in words, or undefined when it is valid. Spaces and lowercase are tolerated by `Uscc`, not here. */
export function usccProblem(code: string): string | undefined {
  if (code.length !== 18) return `must be 18 characters (got ${code.length})`;
  const bad = [...code].findIndex((ch) => !ALPHABET.includes(ch));
  if (bad >= 0) return `character ${bad + 1} ("${code[bad]}") is not allowed: use digits and capital letters except I, O, Z, S, V`;
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (expected !== code[17]) return `check character is wrong: the 18th character should be "${expected}" for this code`;
  return undefined;
}

/** A USCC as typed by a person: spaces and dashes are dropped and letters upper-cased before checking. */
export const Uscc = z
  .string()
  .max(40, 'must be 18 characters')
  .transform((raw) => raw.replace(/[\s-]/g, '').toUpperCase())
  .superRefine((code, ctx) => {
    const problem = usccProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
