import { css, html, nothing } from 'lit';
import { pickText, type ExhibitorRegistration, type Locale, type VisitorRegistration } from '../model';
import { licenceUrl } from './api-client';
import { categoryName, type CategoryNames } from './category-names';
import { countryName } from './country-options';
import { t } from './i18n';

/** What a card needs from the review page: the language, the taxonomy's names, and the actions. */
export interface CardContext {
  locale: Locale;
  categories: CategoryNames;
  /** Ids of registrations whose review is being saved. */
  saving: ReadonlySet<string>;
  /** A failed review, by registration id. */
  failures: ReadonlyMap<string, string>;
  approve(id: string): void;
  reject(id: string, subject: string, button: HTMLElement): void;
}

export const cardStyles = css`
  .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 14px; }
  article { background: var(--expo-surface); border: 1px solid var(--expo-line); border-radius: 12px; padding: 16px 18px; display: grid; gap: 12px; }
  article[data-status='approved'] { border-left: 5px solid #4f9d62; }
  article[data-status='rejected'] { border-left: 5px solid #d0574e; }
  article header { display: flex; justify-content: space-between; gap: 12px; align-items: flex-start; }
  article h2 { margin: 0; font-size: 18px; overflow-wrap: anywhere; }
  .sub { color: var(--expo-muted); font-size: 14px; overflow-wrap: anywhere; }
  dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px 20px; margin: 0; font-size: 14px; }
  dl > div { min-width: 0; }
  dt { color: var(--expo-muted); font-size: 12px; }
  dd { margin: 0; overflow-wrap: anywhere; }
  dd.wide, div.wide { grid-column: 1 / -1; }
  .mono { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 13px; white-space: nowrap; }
  .chips { display: flex; flex-wrap: wrap; gap: 6px; }
  .chips span { background: #e8f1fc; color: #0b4f99; border-radius: 999px; padding: 2px 10px; font-size: 12px; }
  .reason { background: #fdecea; color: #8a1c15; border-radius: 8px; padding: 8px 12px; white-space: pre-line; font-size: 14px; }
  .card-actions { display: flex; gap: 10px; flex-wrap: wrap; align-items: center; }
  .card-actions .spacer { flex: 1; }
  .card-actions button, .card-actions a.button { min-height: 40px; box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px; }
  button.approve { background: #2e7d46; border-color: #2e7d46; color: #fff; }
  button.reject { color: var(--expo-danger); border-color: #e3a29d; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .failure { color: var(--expo-danger); font-size: 14px; flex-basis: 100%; }
  @media (max-width: 600px) {
    article { padding: 14px; }
    dl { grid-template-columns: 1fr 1fr; }
    div.phone-wide { grid-column: 1 / -1; }
    .card-actions .spacer { display: none; }
  }
`;

function submittedAt(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** One labelled fact; `wide` spans the card, `phone-wide` only on narrow screens (long emails). */
function fact(label: string, value: unknown, width: '' | 'wide' | 'phone-wide' = '') {
  return html`<div class=${width}><dt>${label}</dt><dd>${value}</dd></div>`;
}

function chips(ids: readonly string[], context: CardContext) {
  return html`<div class="chips">${ids.map((id) => html`<span>${categoryName(context.categories, id, context.locale)}</span>`)}</div>`;
}

function statusBadge(status: ExhibitorRegistration['status'], locale: Locale) {
  return html`<span class="badge ${status}" data-testid="registration-status">${t(locale, `status.${status}` as const)}</span>`;
}

/** Approve and reject for a pending registration, the reason for a rejected one, and any failure. */
function decision(registration: ExhibitorRegistration | VisitorRegistration, subject: string, context: CardContext, extra: unknown = nothing) {
  const { locale } = context;
  const busy = context.saving.has(registration.id);
  const failure = context.failures.get(registration.id);
  return html`
    ${registration.status === 'rejected' && registration.reviewReason
      ? html`<div class="reason" data-testid="registration-reason"><strong>${t(locale, 'review.reasonPrefix')}</strong> ${registration.reviewReason}</div>`
      : nothing}
    <div class="card-actions">
      ${extra}
      <span class="spacer"></span>
      ${busy ? html`<span role="status">${t(locale, 'review.saving')}</span>` : nothing}
      ${registration.status === 'pending'
        ? html`<button class="approve" ?disabled=${busy} data-testid="approve" @click=${() => context.approve(registration.id)}>${t(locale, 'review.approve')}</button>
            <button class="reject" ?disabled=${busy} data-testid="reject" @click=${(event: Event) => context.reject(registration.id, subject, event.currentTarget as HTMLElement)}>
              ${t(locale, 'review.reject')}
            </button>`
        : nothing}
      ${failure ? html`<span class="failure" role="alert">${t(locale, 'review.actionFailed', { message: failure })}</span>` : nothing}
    </div>
  `;
}

/** One exhibitor's registration: both company names, credit code, contact, categories, licence. */
export function exhibitorCard(registration: ExhibitorRegistration, context: CardContext) {
  const { locale } = context;
  const primary = locale === 'zh-CN' ? 'zh-CN' : 'en';
  const secondary = primary === 'en' ? 'zh-CN' : 'en';
  return html`<article data-registration-id=${registration.id} data-status=${registration.status}>
    <header>
      <div>
        <h2 lang=${primary}>${registration.companyName[primary]}</h2>
        <div class="sub" lang=${secondary}>${registration.companyName[secondary]}</div>
      </div>
      ${statusBadge(registration.status, locale)}
    </header>
    <dl>
      ${fact(t(locale, 'review.uscc'), html`<span class="mono">${registration.uscc}</span>`)}
      ${fact(t(locale, 'review.contact'), registration.contactPerson)}
      ${fact(t(locale, 'review.phone'), html`<a href="tel:${registration.phone}">${registration.phone}</a>`)}
      ${fact(t(locale, 'review.email'), html`<a href="mailto:${registration.email}">${registration.email}</a>`, 'phone-wide')}
      ${fact(t(locale, 'review.country'), countryName(registration.country, locale))}
      ${fact(t(locale, 'review.submitted'), submittedAt(registration.submittedAt, locale))}
      ${fact(t(locale, 'review.categories'), chips(registration.categories, context), 'wide')}
    </dl>
    ${decision(
      registration,
      pickText(registration.companyName, locale),
      context,
      html`<a class="button" href=${licenceUrl(registration.id)} target="_blank" rel="noopener" data-testid="view-licence">
        ${t(locale, 'review.viewLicence')}<span class="visually-hidden"> ${t(locale, 'review.newTab')}</span> ↗
      </a>`,
    )}
  </article>`;
}

function budgetText(budget: NonNullable<VisitorRegistration['intent']['budget']>, locale: Locale): string {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: budget.currency, maximumFractionDigits: 0 });
  return `${money.format(budget.min)} – ${money.format(budget.max)}`;
}

/** One visitor's registration: who they are and what they mean to buy. */
export function visitorCard(registration: VisitorRegistration, context: CardContext) {
  const { locale } = context;
  const { intent } = registration;
  const work = [registration.jobTitle, registration.company].filter(Boolean).join(' · ');
  return html`<article data-registration-id=${registration.id} data-status=${registration.status}>
    <header>
      <div>
        <h2>${registration.displayName}</h2>
        ${work ? html`<div class="sub">${work}</div>` : nothing}
      </div>
      ${statusBadge(registration.status, locale)}
    </header>
    <dl>
      ${fact(t(locale, 'review.email'), html`<a href="mailto:${registration.email}">${registration.email}</a>`, 'phone-wide')}
      ${registration.phone ? fact(t(locale, 'review.phone'), html`<a href="tel:${registration.phone}">${registration.phone}</a>`) : nothing}
      ${fact(t(locale, 'review.country'), countryName(registration.country, locale))}
      ${fact(t(locale, 'review.submitted'), submittedAt(registration.submittedAt, locale))}
      ${intent.budget ? fact(t(locale, 'review.budget'), budgetText(intent.budget, locale)) : nothing}
      ${intent.categories.length ? fact(t(locale, 'review.intent'), chips(intent.categories, context), 'wide') : nothing}
      ${intent.tags.length ? fact(t(locale, 'review.tags'), html`<div class="chips">${intent.tags.map((tag) => html`<span>${tag}</span>`)}</div>`, 'wide') : nothing}
    </dl>
    ${decision(registration, registration.displayName, context)}
  </article>`;
}
