/**
 * Turns what the sign-up forms hold into the input of the model's `ExhibitorSignUp` and
 * `VisitorSignUp` schemas. It only reshapes (trims text, drops empty optional fields, splits
 * keywords); the schema alone decides what is valid, here and on the server.
 */

/** The form's fields by name; checkbox lists come as arrays. */
export type FormValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** The fields of each form, by the path the schema reports problems under. */
export const EXHIBITOR_FIELDS = [
  'companyName.zh-CN',
  'companyName.en',
  'uscc',
  'contactPerson',
  'phone',
  'email',
  'password',
  'country',
  'categories',
  'description.zh-CN',
  'description.en',
  'website',
  'licence',
  'acceptTerms',
] as const;

export const VISITOR_FIELDS = [
  'displayName',
  'email',
  'password',
  'phone',
  'company',
  'jobTitle',
  'country',
  'intent.categories',
  'intent.tags',
  'intent.budget.min',
  'intent.budget.max',
  'intent.budget',
  'acceptTerms',
] as const;

function textOf(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
}

function listOf(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? [...(value as readonly string[])] : [];
}

/** An optional text field: left out when empty. */
function optional(values: FormValues, name: string): string | undefined {
  return textOf(values, name) || undefined;
}

/** Both languages of an optional multilingual text: left out when both are empty, so the schema names the missing one otherwise. */
function optionalLocalized(values: FormValues, name: string): { 'zh-CN': string; en: string } | undefined {
  const zh = textOf(values, `${name}.zh-CN`);
  const en = textOf(values, `${name}.en`);
  return zh || en ? { 'zh-CN': zh, en } : undefined;
}

/** Keywords as typed: commas (also the Chinese ， and 、) or semicolons separate them. */
export function splitKeywords(typed: string): string[] {
  return [...new Set(typed.split(/[,，、;；]/).map((word) => word.trim()).filter(Boolean))];
}

/** A typed amount: an empty box is "not given", anything else a number (NaN when it is none, which the schema reports). */
function amount(values: FormValues, name: string): number | undefined {
  const typed = textOf(values, name);
  return typed === '' ? undefined : Number(typed);
}

export function exhibitorSignUpInput(values: FormValues): Record<string, unknown> {
  return {
    companyName: { 'zh-CN': textOf(values, 'companyName.zh-CN'), en: textOf(values, 'companyName.en') },
    uscc: textOf(values, 'uscc'),
    contactPerson: textOf(values, 'contactPerson'),
    phone: textOf(values, 'phone'),
    email: textOf(values, 'email'),
    // Passwords are taken exactly as typed.
    password: typeof values.password === 'string' ? values.password : '',
    country: textOf(values, 'country'),
    categories: listOf(values, 'categories'),
    description: optionalLocalized(values, 'description'),
    website: optional(values, 'website'),
    acceptTerms: values.acceptTerms === true,
  };
}

export function visitorSignUpInput(values: FormValues): Record<string, unknown> {
  const min = amount(values, 'intent.budget.min');
  const max = amount(values, 'intent.budget.max');
  const budget =
    min === undefined && max === undefined ? undefined : { currency: textOf(values, 'intent.budget.currency') || 'CNY', min: min ?? 0, max };
  return {
    displayName: textOf(values, 'displayName'),
    email: textOf(values, 'email'),
    password: typeof values.password === 'string' ? values.password : '',
    phone: optional(values, 'phone'),
    company: optional(values, 'company'),
    jobTitle: optional(values, 'jobTitle'),
    country: textOf(values, 'country'),
    intent: { categories: listOf(values, 'intent.categories'), tags: splitKeywords(textOf(values, 'intent.tags')), budget },
    acceptTerms: values.acceptTerms === true,
  };
}
