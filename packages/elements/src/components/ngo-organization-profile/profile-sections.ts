import { html, nothing, type TemplateResult } from 'lit';
import type { Evidence, Language, Organization, PartialLocalizedText, PartnershipEntry } from '@ngo-liaison/core';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { CommonKey, OrganizationKey, ProfileKey } from '../../internal/translation.js';
import { contactUrl, displayUrl, webUrl } from '../../internal/safe-url.js';

/** What the section templates need from the profile element. */
export interface ProfileContext {
  localize: LocalizeController<CommonKey | OrganizationKey | ProfileKey>;
  /** The language the element renders in (data text). */
  language: Language;
  /** aria-level of section headings. */
  headingLevel: number;
  /** A year without digit grouping ("1946", not "1,946"). */
  year(value: number): string;
  /** Localised data text, marked with its language and isolated (bidi). */
  text(value: PartialLocalizedText | undefined): TemplateResult | typeof nothing;
  /** The API's contact card of the organisation, when there is one to link to. */
  vcardUrl?: string | undefined;
  /** Id of the element with the organisation's name (part of the link's accessible name). */
  nameId: string;
}

function section(context: ProfileContext, title: string, body: TemplateResult): TemplateResult {
  return html`<section part="section">
    <div part="section-heading" role="heading" aria-level=${context.headingLevel}>${title}</div>
    ${body}
  </section>`;
}

function sourceLink(url: URL, label?: string): TemplateResult {
  return html`<a part="source" href=${url.href} rel="noopener noreferrer" dir="ltr">${label ?? displayUrl(url)}</a>`;
}

/** "1999–2007", "since 2015", "until 2010" or "date not stated". */
function period(entry: PartnershipEntry, context: ProfileContext): string {
  const { localize, year } = context;
  if (entry.from !== undefined && entry.to !== undefined) return localize.term('yearRange', { from: year(entry.from), to: year(entry.to) });
  if (entry.from !== undefined) return localize.term('sinceYear', { year: year(entry.from) });
  if (entry.to !== undefined) return localize.term('untilYear', { year: year(entry.to) });
  return localize.term('undated');
}

/** The partnership history, oldest first as the data keeps it; the last entry is in force. */
export function renderHistory(org: Organization, context: ProfileContext): TemplateResult {
  const { localize } = context;
  const last = org.partnership.length - 1;
  const entries = org.partnership.map((entry, index) => {
    const current = index === last;
    const status = localize.term(entry.category ? `status.${entry.category}` : 'status.not-stated');
    const state = entry.state && entry.state !== 'active' ? localize.term(`state.${entry.state}`) : undefined;
    const details = [
      period(entry, context),
      state,
      current ? localize.term('currentStatus') : undefined,
    ].filter(Boolean);
    const decision = [
      entry.decidedBy ? localize.term(`decidedBy.${entry.decidedBy}`) : undefined,
      entry.decisionRef ? localize.term('decisionRef', { ref: entry.decisionRef }) : undefined,
    ].filter(Boolean);
    return html`<li part=${current ? 'history-entry history-current' : 'history-entry'} aria-current=${current ? 'true' : nothing}>
      <span class="status">${status}</span>
      <span class="period">(${details.join(', ')})</span>
      ${decision.length ? html`<span class="decision"><bdi>${decision.join(' · ')}</bdi></span>` : nothing}
      ${renderEvidence(entry.evidence, context)}
    </li>`;
  });
  const history = org.partnership.length ? html`<ol part="history">${entries}</ol>` : html`<p part="history">${localize.term('standing.not-attested')}</p>`;
  const cooperation = org.cooperation?.length
    ? html`<p part="cooperation-heading">${localize.term('cooperation')}</p>${renderEvidence(org.cooperation, context)}`
    : nothing;
  return section(context, localize.term('partnershipHistory'), html`${history}${cooperation}`);
}

/**
 * Who says so, one line a page: the link, who publishes it and when it was read, and the
 * page's own words where kept, so the evidence is one click away.
 */
function renderEvidence(evidence: readonly Evidence[], context: ProfileContext): TemplateResult | typeof nothing {
  const { localize } = context;
  const items = evidence.flatMap((item) => {
    const url = webUrl(item.url);
    if (!url) return [];
    return [
      html`<li part="evidence">${localize.term('source')}: ${sourceLink(url)}
        <span class="who">(${localize.term(`evidence.${item.source}`)}, <time datetime=${item.asOf}>${item.asOf}</time>)</span>
        ${item.quote ? html`<q>${item.quote}</q>` : nothing}</li>`,
    ];
  });
  return items.length ? html`<ul class="evidence">${items}</ul>` : nothing;
}

/**
 * Contacts. Real organisations carry none in the sample data (nothing is invented for
 * them); fictional ones are labelled on every line so nobody writes to a demo address.
 */
export function renderContacts(org: Organization, context: ProfileContext): TemplateResult | typeof nothing {
  if (org.contacts.length === 0) return nothing;
  const { localize } = context;
  const items = org.contacts.map((contact) => {
    const href = contactUrl(contact.kind, contact.value);
    const value = html`<bdi dir=${contact.kind === 'postal' ? 'auto' : 'ltr'}>${contact.value}</bdi>`;
    return html`<li part="contact">
      <span class="kind">${localize.term(`contact.${contact.kind}`)}${contact.label ? html` (${context.text(contact.label)})` : nothing}:</span>
      ${href ? html`<a href=${href}>${value}</a>` : html`<span class=${contact.kind}>${value}</span>`}
      ${contact.fictional ? html`<span part="contact-badge">${localize.term('fictionalContact')}</span>` : nothing}
    </li>`;
  });
  // Named "Download contact card (vCard) <organisation>": unambiguous beside other profiles,
  // and the visible text comes first (WCAG 2.5.3). Cross-origin, `download` is a hint: the
  // API's Content-Disposition names the file.
  const vcard = context.vcardUrl
    ? html`<p>
        <a part="vcard" id="vcard" href=${context.vcardUrl} download type="text/vcard" aria-labelledby="vcard ${context.nameId}"
          >${localize.term('vcard')}</a
        >
      </p>`
    : nothing;
  return section(context, localize.term('contacts'), html`<ul part="contacts" role="list">${items}</ul>${vcard}`);
}

/** Where the facts come from, when they were read, and whether every one was checked. */
export function renderSources(org: Organization, context: ProfileContext): TemplateResult | typeof nothing {
  const { localize } = context;
  const { provenance } = org;
  const links = [...new Set(provenance.sourceUrls)].map(webUrl).filter((url): url is URL => !!url);
  // A fictional record has no sources to cite: its badge already says what it is.
  if (provenance.fictional && links.length === 0) return nothing;
  const asOf = formatDay(provenance.asOf, localize.uiLanguage);
  return section(
    context,
    localize.term('sources'),
    html`${links.length ? html`<ul part="sources" role="list">${links.map((url) => html`<li>${sourceLink(url)}</li>`)}</ul>` : nothing}
      <p part="provenance">
        ${asOf ? localize.term('sourcesAsOf', { date: asOf }) : nothing}
        ${provenance.verified ? localize.term('verified') : localize.term('notVerified')}
      </p>
      ${provenance.note
        ? html`<p part="note" lang=${context.language === 'en' ? nothing : 'en'}><bdi>${provenance.note}</bdi></p>`
        : nothing}`,
  );
}

/** A calendar date ("2026-11-26") in the language, never shifted by the viewer's time zone. */
function formatDay(day: string, language: Language): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // UN style writes "26 November 2026" (British order) in English.
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
