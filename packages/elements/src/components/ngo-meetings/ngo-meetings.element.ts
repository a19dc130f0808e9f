import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  meetingScopesOf,
  pickLocalized,
  type GoverningBodySession,
  type Meeting,
  type MeetingCounterpart,
  type MeetingParty,
  type MeetingSide,
  type MeetingSlot,
} from '@ngo-liaison/core';
import { errorMessage } from '../../internal/error-message.js';
import { LiaisonElement } from '../../internal/liaison-element.js';
import { LocalizeController } from '../../internal/localize-controller.js';
import type { MeetingsClient } from '../../internal/meetings-client.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { writeFailure } from '../../internal/write-client.js';
import { NgoMeetingChangeEvent } from '../../events/ngo-meeting-change.js';
import { tokens } from '../../styles/tokens.styles.js';
import { enCommon } from '../../translations/en/common.js';
import { enMeetings } from '../../translations/en/meetings.js';
import { loadMeetingsAreas } from '../../translations/load-meetings-areas.js';
import { editorStyles } from '../ngo-organization-editor/ngo-organization-editor.styles.js';
import { emptySlot, MAX_SLOTS_OFFERED, readerZone, slotsOf, type SlotDraft } from './meeting-slot-draft.js';
import { meetingsStyles } from './ngo-meetings.styles.js';

export type MeetingsState = 'idle' | 'loading' | 'ready' | 'signed-out' | 'error';

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

/** What the reader typed to answer one meeting: kept across failures. */
interface AnswerDraft {
  slot: string;
  reason: string;
  counter: SlotDraft[];
  countering: boolean;
}

/** A new request as typed. `counterpart` is "personId scope"; '' = not chosen. */
interface RequestDraft {
  counterpart: string;
  subject: string;
  session: string;
  slots: SlotDraft[];
}

const emptyRequest = (): RequestDraft => ({ counterpart: '', subject: '', session: '', slots: [emptySlot()] });
const choiceOf = (c: MeetingCounterpart) => `${c.personId} ${c.scope}`;

/**
 * @summary NGO ↔ National Commission meetings (paragraph 13 of the working-group paper), for a
 * signed-in NGO editor or National Commission member: their meetings (proposed, confirmed,
 * declined, called off) with the other party and the times, shown in the reader's language and
 * in the meeting's time zone; when it is their turn they confirm one proposed time, decline with
 * a reason or propose other times; either party calls off a confirmed meeting and says whether it
 * agrees that the meeting be public. A form asks for a new meeting: whom (from the people the
 * reader may ask), one to three times, an optional subject and session. Nothing typed is lost on
 * a failed send.
 *
 * @tagname ngo-meetings
 *
 * @event ngo-meeting-change - {NgoMeetingChangeEvent} A meeting was requested, answered, called off, or its public consent changed.
 *
 * @csspart container - The whole element; `heading` its title, `list-title` and `form-title` the sections'.
 * @csspart status - The live region saying what the last action did (`status-error` when it failed).
 * @csspart meeting-list - The reader's meetings; `meeting` one (also its status), with `meeting-subject`,
 *   `meeting-status`, `meeting-party`, `meeting-turn`, `meeting-slots`, `meeting-slot` and `meeting-reason`.
 * @csspart answer - The answer controls of a meeting awaiting the reader: `slot-choice` (the radio group),
 *   `confirm`, `decline`, `counter-propose`.
 * @csspart call-off - A confirmed meeting's Call off button.
 * @csspart public - The "agree to make public" checkbox and its label.
 * @csspart base - The request form; `field`, `label`, `hint`, `input`, `select`, `slot-row`, `add-slot`,
 *   `remove-slot`, `actions`, `save`.
 * @csspart empty - No meeting yet, or nobody to ask.
 * @csspart message - The loading, sign-in or error text; `retry` its button.
 *
 * @cssprop --ngo-color-danger - Errors.
 * @cssprop --ngo-color-primary - Buttons.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-focus - Focus outline.
 */
export class NgoMeetings extends LiaisonElement {
  static override styles = [tokens, sharedStyles, editorStyles, meetingsStyles];

  /** The Liaison client, signed in (property only; the element never sees or keeps a credential). */
  @property({ attribute: false }) client?: MeetingsClient;

  /** The NGO the reader asks for, when they edit several (or also act for a National Commission). */
  @property() organization?: string;

  /** The country whose National Commission the reader asks for, when they act for several. */
  @property() country?: string;

  /** Level of the title (1–5); the sections' headings are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly localize = new LocalizeController(this, [enCommon, enMeetings], loadMeetingsAreas);

  #state: MeetingsState = 'idle';
  #loadError: unknown;
  #loadToken = 0;
  #personId = '';
  #scopes: { side: MeetingSide; scope: string }[] = [];
  #meetings: Meeting[] = [];
  #counterparts: MeetingCounterpart[] = [];
  #sessions: GoverningBodySession[] = [];
  #answers = new Map<string, AnswerDraft>();
  #request: RequestDraft = emptyRequest();
  #status = '';
  #failed = false;
  #busy = new Set<string>();

  /** `ready` once loaded; `signed-out` for someone who acts for neither side; `loading`, `error`, or `idle` without a client. */
  get state(): MeetingsState {
    return this.#state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('client') && this.#state !== 'ready') void this.#load();
  }

  async #load(): Promise<void> {
    const { client } = this;
    const token = ++this.#loadToken;
    if (!client) return void (this.#state = 'idle');
    this.#state = 'loading';
    this.requestUpdate();
    try {
      const session = await client.session.get();
      const scopes = session ? meetingScopesOf(session.roles) : [];
      if (!session || scopes.length === 0) {
        if (token !== this.#loadToken) return;
        this.#state = 'signed-out';
        return this.requestUpdate();
      }
      const today = new Date().toISOString().slice(0, 10);
      const [meetings, counterparts, sessions] = await Promise.all([
        client.meetings.list(),
        client.meetings.counterparts(),
        client.sessions ? client.sessions.list({ body: ['general-conference', 'executive-board'], limit: 100 }).then((page) => page.items.filter((s) => !s.dates || s.dates.end >= today)) : [],
      ]);
      if (token !== this.#loadToken) return;
      this.#personId = session.person.id;
      this.#scopes = scopes;
      this.#meetings = [...meetings];
      this.#counterparts = [...counterparts];
      this.#sessions = [...sessions];
      this.#state = 'ready';
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#loadError = error;
      this.#state = 'error';
    }
    this.requestUpdate();
  }

  #mine(meeting: Meeting): MeetingParty {
    return meeting.requester.personId === this.#personId ? meeting.requester : meeting.counterpart;
  }

  #theirs(meeting: Meeting): MeetingParty {
    return meeting.requester.personId === this.#personId ? meeting.counterpart : meeting.requester;
  }

  #answerOf(meeting: Meeting): AnswerDraft {
    let draft = this.#answers.get(meeting.id);
    if (!draft) this.#answers.set(meeting.id, (draft = { slot: '', reason: '', counter: [emptySlot()], countering: false }));
    return draft;
  }

  #say(message: string, failed = false): void {
    this.#status = message;
    this.#failed = failed;
    this.requestUpdate();
  }

  #failure(error: unknown): string {
    const failure = writeFailure(error);
    const reason = failure.issues.length ? failure.issues.map((issue) => issue.message).join('; ') : errorMessage(this.localize, error);
    return this.localize.term('meetings.failed', { reason });
  }

  /** Runs one write for `key` (a meeting id, or "request"), replacing the meeting it answers. */
  async #write(key: string, act: () => Promise<Meeting>, done: string, change: NgoMeetingChangeEvent['change']): Promise<boolean> {
    if (this.#busy.has(key)) return false;
    this.#busy.add(key);
    this.#say(this.localize.term('meetings.sending'));
    let ok = false;
    try {
      const meeting = await act();
      const index = this.#meetings.findIndex((m) => m.id === meeting.id);
      this.#meetings = index >= 0 ? this.#meetings.map((m) => (m.id === meeting.id ? meeting : m)) : [meeting, ...this.#meetings];
      // An answer given (or a call-off) ends what was typed for it; a change of public consent keeps it.
      if (change !== 'public') this.#answers.delete(meeting.id);
      this.#say(done);
      this.emit(new NgoMeetingChangeEvent(change, meeting));
      ok = true;
    } catch (error) {
      this.#say(this.#failure(error), true);
    }
    this.#busy.delete(key);
    this.requestUpdate();
    return ok;
  }

  #confirm(meeting: Meeting): void {
    const { slot } = this.#answerOf(meeting);
    if (!slot) return this.#say(this.localize.term('meetings.chooseSlotFirst'), true);
    void this.#write(meeting.id, () => this.client!.meetings.confirm(meeting.id, slot), this.localize.term('meetings.confirmed'), 'confirmed');
  }

  #decline(meeting: Meeting): void {
    const reason = this.#answerOf(meeting).reason.trim();
    if (!reason) {
      this.#say(this.localize.term('meetings.reasonRequired'), true);
      return void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#reason-${CSS.escape(meeting.id)}`)?.focus());
    }
    void this.#write(meeting.id, () => this.client!.meetings.decline(meeting.id, reason), this.localize.term('meetings.declined'), 'declined');
  }

  #counterPropose(meeting: Meeting): void {
    const slots = slotsOf(this.#answerOf(meeting).counter, readerZone());
    if (typeof slots === 'number') return this.#say(this.localize.term('meetings.slotIncomplete', { n: String(slots) }), true);
    void this.#write(meeting.id, () => this.client!.meetings.counterPropose(meeting.id, slots), this.localize.term('meetings.countered'), 'counter-proposed');
  }

  #callOff(meeting: Meeting): void {
    void this.#write(meeting.id, () => this.client!.meetings.callOff(meeting.id), this.localize.term('meetings.calledOff'), 'called-off');
  }

  #setPublic(meeting: Meeting, isPublic: boolean): void {
    void this.#write(meeting.id, () => this.client!.meetings.setPublic(meeting.id, isPublic), this.localize.term(isPublic ? 'meetings.publicOn' : 'meetings.publicOff'), 'public');
  }

  /** The scope the reader asks for on `side`: the one named by the organization or country attribute, else their first. */
  #ownScope(side: MeetingSide): string | undefined {
    const named = side === 'ngo' ? this.organization : this.country;
    const scopes = this.#scopes.filter((s) => s.side === side).map((s) => s.scope);
    return named && scopes.includes(named) ? named : scopes[0];
  }

  async #sendRequest(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { client } = this;
    const draft = this.#request;
    if (!client) return;
    const chosen = this.#counterparts.find((c) => choiceOf(c) === draft.counterpart);
    if (!chosen) {
      this.#say(this.localize.term('meetings.chooseCounterpart'), true);
      return void this.renderRoot.querySelector<HTMLElement>('#counterpart')?.focus();
    }
    const slots = slotsOf(draft.slots, readerZone());
    if (typeof slots === 'number') {
      this.#say(this.localize.term('meetings.slotIncomplete', { n: String(slots) }), true);
      return void this.renderRoot.querySelector<HTMLElement>(`#slot-${slots - 1}-date`)?.focus();
    }
    const as: MeetingSide = chosen.side === 'ngo' ? 'national-commission' : 'ngo';
    const own = this.#ownScope(as) ?? '';
    const subject = draft.subject.trim() || this.localize.term('meetings.defaultSubject');
    const input = {
      as,
      organization: as === 'ngo' ? own : chosen.scope,
      country: as === 'ngo' ? chosen.scope : own,
      counterpart: chosen.personId,
      subject,
      language: this.language,
      slots,
      ...(draft.session ? { session: draft.session } : {}),
    };
    const sent = await this.#write('request', () => client.meetings.request(input), this.localize.term('meetings.requested'), 'requested');
    if (sent) {
      this.#request = emptyRequest();
      this.requestUpdate();
    }
  }

  #slotText(slot: MeetingSlot): string {
    const ui = this.localize.uiLanguage;
    const day = new Intl.DateTimeFormat(ui, { dateStyle: 'full', timeStyle: 'short', timeZone: slot.zone });
    const time = new Intl.DateTimeFormat(ui, { timeStyle: 'short', timeZone: slot.zone });
    return `${day.format(new Date(slot.start))}–${time.format(new Date(slot.end))} (${slot.zone})`;
  }

  #partyText(meeting: Meeting): string {
    const party = this.#theirs(meeting);
    const known = this.#counterparts.find((c) => c.personId === party.personId && c.scope === party.scope);
    const scope = party.side === 'national-commission' ? this.localize.term('meetings.commissionOf', { country: this.#countryName(party.scope) }) : known ? this.#scopeName(known) : party.scope;
    return known ? `${known.displayName} (${scope})` : scope;
  }

  #countryName(code: string): string {
    try {
      return new Intl.DisplayNames([this.localize.uiLanguage], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  #scopeName(counterpart: MeetingCounterpart): string {
    if (counterpart.side === 'national-commission') return this.localize.term('meetings.commissionOf', { country: this.#countryName(counterpart.scope) });
    return pickLocalized(counterpart.scopeName, this.language)?.text ?? counterpart.scope;
  }

  #sessionTitle(session: GoverningBodySession): string {
    return (session.title ? pickLocalized(session.title, this.language)?.text : undefined) ?? session.id;
  }

  override render(): TemplateResult {
    const { localize } = this;
    const ui = localize.uiLanguage;
    if (this.#state !== 'ready') return this.#renderMessage();
    const level = Math.min(5, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<section part="container" lang=${ui} dir=${this.direction} aria-labelledby="meetings-title">
      <div part="heading" id="meetings-title" role="heading" aria-level=${level}>${localize.term('meetings.label')}</div>
      <p part="status" role="status">${this.#failed ? '' : this.#status}</p>
      ${this.#failed ? html`<p part="status status-error" role="alert">${this.#status}</p>` : nothing}
      <section part="list" aria-labelledby="meetings-list-title">
        <div part="list-title" id="meetings-list-title" role="heading" aria-level=${level + 1}>${localize.term('meetings.mine')}</div>
        ${this.#meetings.length
          ? html`<ul part="meeting-list">${this.#meetings.map((meeting) => this.#renderMeeting(meeting))}</ul>`
          : html`<p part="empty">${localize.term('meetings.empty')}</p>`}
      </section>
      ${this.#renderRequestForm(level + 1)}
    </section>`;
  }

  #renderMeeting(meeting: Meeting): TemplateResult {
    const { localize } = this;
    const mine = this.#mine(meeting);
    const myTurn = meeting.status === 'proposed' && meeting.awaiting === mine.side;
    const id = meeting.id;
    const open = meeting.status === 'proposed' || meeting.status === 'confirmed';
    return html`<li part="meeting ${meeting.status}">
      <span part="meeting-subject" lang=${meeting.language ?? nothing}>${meeting.subject}</span>
      <span part="meeting-status">${localize.term(`meetings.state.${meeting.status}`)}</span>
      <span part="meeting-party">${localize.term('meetings.with', { party: this.#partyText(meeting) })}</span>
      ${meeting.status === 'proposed' ? html`<span part="meeting-turn">${localize.term(myTurn ? 'meetings.yourTurn' : 'meetings.theirTurn')}</span>` : nothing}
      ${meeting.confirmedSlot
        ? html`<span part="meeting-slot">${localize.term('meetings.confirmedSlot', { slot: this.#slotText(meeting.confirmedSlot) })}</span>`
        : meeting.status === 'proposed' && !myTurn
          ? html`<div part="meeting-slots"><span>${localize.term('meetings.proposedSlots')}</span>
              <ul>${meeting.slots.map((slot) => html`<li part="meeting-slot">${this.#slotText(slot)}</li>`)}</ul></div>`
          : nothing}
      ${meeting.declineReason ? html`<span part="meeting-reason">${localize.term('meetings.reason', { reason: meeting.declineReason })}</span>` : nothing}
      ${myTurn ? this.#renderAnswer(meeting) : nothing}
      ${open
        ? html`<div part="field public">
            <input type="checkbox" id="public-${id}" .checked=${live(mine.publicConsent)} aria-describedby="public-hint-${id}"
              aria-disabled=${this.#busy.has(id) ? 'true' : nothing}
              @change=${(event: Event) => {
                const box = event.target as HTMLInputElement;
                if (this.#busy.has(id)) return void (box.checked = mine.publicConsent);
                this.#setPublic(meeting, box.checked);
              }} />
            <label part="label" for="public-${id}">${localize.term('meetings.public')}</label>
            <p part="hint" id="public-hint-${id}">${localize.term('meetings.publicHint')}</p>
          </div>`
        : nothing}
      ${meeting.status === 'confirmed'
        ? html`<button part="call-off" type="button" aria-disabled=${this.#busy.has(id) ? 'true' : nothing} @click=${() => this.#callOff(meeting)}>${localize.term('meetings.callOff')}</button>`
        : nothing}
    </li>`;
  }

  #renderAnswer(meeting: Meeting): TemplateResult {
    const { localize } = this;
    const draft = this.#answerOf(meeting);
    const id = meeting.id;
    const busy = this.#busy.has(id) ? 'true' : nothing;
    const change = (mutate: (d: AnswerDraft) => void) => {
      mutate(draft);
      this.requestUpdate();
    };
    return html`<div part="answer">
      <fieldset part="slot-choice">
        <legend>${localize.term('meetings.chooseSlot')}</legend>
        ${meeting.slots.map(
          (slot, index) => html`<div>
            <input type="radio" name="slot-${id}" id="slot-${id}-${index}" value=${slot.start} .checked=${live(draft.slot === slot.start)}
              @change=${() => change((d) => (d.slot = slot.start))} />
            <label for="slot-${id}-${index}">${this.#slotText(slot)}</label>
          </div>`,
        )}
      </fieldset>
      <div part="actions"><button part="confirm" type="button" aria-disabled=${busy} @click=${() => this.#confirm(meeting)}>${localize.term('meetings.confirm')}</button></div>
      <div part="field">
        <label part="label" for="reason-${id}">${localize.term('meetings.declineReason')}</label>
        <textarea part="input" id="reason-${id}" rows="2" .value=${live(draft.reason)} @input=${(event: Event) => change((d) => (d.reason = valueOf(event)))}></textarea>
      </div>
      <div part="actions"><button part="decline" type="button" aria-disabled=${busy} @click=${() => this.#decline(meeting)}>${localize.term('meetings.decline')}</button></div>
      <div part="actions">
        <button part="counter-propose" type="button" aria-expanded=${draft.countering ? 'true' : 'false'} aria-controls="counter-${id}"
          @click=${() => change((d) => (d.countering = !d.countering))}>${localize.term('meetings.counterPropose')}</button>
      </div>
      ${draft.countering
        ? html`<div id="counter-${id}" part="counter">
            ${this.#renderSlotRows(`counter-${id}`, draft.counter, () => this.requestUpdate())}
            <div part="actions"><button part="save" type="button" aria-disabled=${busy} @click=${() => this.#counterPropose(meeting)}>${localize.term('meetings.sendCounter')}</button></div>
          </div>`
        : nothing}
    </div>`;
  }

  /** Date, start and end inputs for 1–3 times; `prefix` keeps ids unique. */
  #renderSlotRows(prefix: string, slots: SlotDraft[], changed: () => void): TemplateResult {
    const { localize } = this;
    const input = (index: number, field: keyof SlotDraft, type: 'date' | 'time') => html`<div part="field">
      <label part="label" for="${prefix}-${index}-${field}">${localize.term(`meetings.${field}`)}</label>
      <input part="input" type=${type} id="${prefix}-${index}-${field}" .value=${live(slots[index]![field])}
        @input=${(event: Event) => ((slots[index]![field] = valueOf(event)), changed())} />
    </div>`;
    return html`<p part="hint">${localize.term('meetings.zoneHint', { zone: readerZone() })}</p>
      ${slots.map(
        (_, index) => html`<fieldset part="slot-row">
          <legend>${localize.term('meetings.slotN', { n: String(index + 1) })}</legend>
          ${input(index, 'date', 'date')} ${input(index, 'start', 'time')} ${input(index, 'end', 'time')}
          ${slots.length > 1
            ? html`<button part="remove-slot" type="button" @click=${() => (slots.splice(index, 1), changed())}>${localize.term('meetings.removeSlot', { n: String(index + 1) })}</button>`
            : nothing}
        </fieldset>`,
      )}
      ${slots.length < MAX_SLOTS_OFFERED ? html`<button part="add-slot" type="button" @click=${() => (slots.push(emptySlot()), changed())}>${localize.term('meetings.addSlot')}</button>` : nothing}`;
  }

  #renderRequestForm(level: number): TemplateResult {
    const { localize } = this;
    const draft = this.#request;
    const change = (mutate: (d: RequestDraft) => void) => {
      mutate(draft);
      this.requestUpdate();
    };
    return html`<section part="request" aria-labelledby="meetings-form-title">
      <div part="form-title" id="meetings-form-title" role="heading" aria-level=${level}>${localize.term('meetings.request')}</div>
      ${this.#counterparts.length === 0
        ? html`<p part="empty">${localize.term('meetings.noCounterparts')}</p>`
        : html`<form part="base" novalidate aria-labelledby="meetings-form-title" @submit=${(event: SubmitEvent) => this.#sendRequest(event)}>
            <div part="field">
              <label part="label" for="counterpart">${localize.term('meetings.counterpart')}</label>
              <select part="select" id="counterpart" @change=${(event: Event) => change((d) => (d.counterpart = valueOf(event)))}>
                <option value="" ?selected=${draft.counterpart === ''}>—</option>
                ${this.#counterparts.map((c) => html`<option value=${choiceOf(c)} ?selected=${draft.counterpart === choiceOf(c)}>${c.displayName} — ${this.#scopeName(c)}</option>`)}
              </select>
            </div>
            <div part="field">
              <label part="label" for="subject">${localize.term('meetings.subject')}</label>
              <input part="input" id="subject" maxlength="200" .value=${live(draft.subject)} @input=${(event: Event) => change((d) => (d.subject = valueOf(event)))} />
            </div>
            ${this.#sessions.length
              ? html`<div part="field">
                  <label part="label" for="session">${localize.term('meetings.session')}</label>
                  <select part="select" id="session" @change=${(event: Event) => change((d) => (d.session = valueOf(event)))}>
                    <option value="" ?selected=${draft.session === ''}>${localize.term('meetings.noSession')}</option>
                    ${this.#sessions.map((s) => html`<option value=${s.id} ?selected=${draft.session === s.id}>${this.#sessionTitle(s)}</option>`)}
                  </select>
                </div>`
              : nothing}
            ${this.#renderSlotRows('slot', draft.slots, () => this.requestUpdate())}
            <div part="actions">
              <button part="save" type="submit" aria-disabled=${this.#busy.has('request') ? 'true' : nothing}>${localize.term('meetings.send')}</button>
            </div>
          </form>`}
    </section>`;
  }

  #renderMessage(): TemplateResult {
    const ui = this.localize.uiLanguage;
    if (this.#state === 'loading') return html`<p part="message" role="status" lang=${ui}>${this.localize.term('loading')}</p>`;
    if (this.#state === 'signed-out') return html`<p part="message" role="status" lang=${ui} dir=${this.direction}>${this.localize.term('meetings.signIn')}</p>`;
    if (this.#state === 'error') {
      return html`<div part="message" role="alert" lang=${ui} dir=${this.direction}>
        <p>${errorMessage(this.localize, this.#loadError)}</p>
        <button part="retry" type="button" @click=${() => this.#load()}>${this.localize.term('retry')}</button>
      </div>`;
    }
    return html``;
  }
}
