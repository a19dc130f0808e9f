import type { AddresseeKind, FollowUpStatus, InboxItemKind } from '@ngo-liaison/core';
import type { PluralForms } from './translation.js';

/** Who something is addressed to, in words (`{name}`: the sector, country, office or organisation). */
export type AddresseeStrings = { readonly [K in AddresseeKind as `addressee.${K}`]: string };

/** A follow-up status in words ("In progress"). */
export type FollowUpStatusStrings = { readonly [S in FollowUpStatus as `followUp.${S}`]: string };

/**
 * <ngo-recommendation-tracker>: recommendations and each addressee's follow-up. An area of its
 * own (src/translations/<lang>/tracker.ts), which <ngo-inbox> shares for the addressees' names.
 */
export interface TrackerStrings extends AddresseeStrings, FollowUpStatusStrings {
  readonly 'tracker.label': string;
  /** A recommendation without a reference in its event's outputs. */
  readonly 'tracker.untitled': string;
  readonly 'tracker.event': string;
  readonly 'tracker.recorded': string;
  readonly 'tracker.addressees': string;
  /** `{status}`: the latest status in words. */
  readonly 'tracker.latest': string;
  /** An addressee that has made no follow-up public yet. */
  readonly 'tracker.noFollowUp': string;
  readonly 'tracker.timeline': string;
  readonly 'tracker.empty': string;
  /** Announced once recommendations are shown. */
  readonly 'tracker.count': PluralForms;
  /** The published evaluations of the recommendation's event, linked to their results. */
  readonly 'tracker.evaluations': string;
}

/** An inbox item's kind in words ("Action published"). */
export type InboxKindStrings = { readonly [K in InboxItemKind as `inbox.kind.${K}`]: string };

/** <ngo-inbox>: the signed-in reader's inboxes. A module of its own per language (src/translations/<lang>/inbox.ts). */
export interface InboxStrings extends InboxKindStrings {
  readonly 'inbox.label': string;
  readonly 'inbox.filters': string;
  readonly 'inbox.addressee': string;
  readonly 'inbox.allAddressees': string;
  readonly 'inbox.kind': string;
  readonly 'inbox.allKinds': string;
  readonly 'inbox.unreadOnly': string;
  readonly 'inbox.markAllRead': string;
  readonly 'inbox.markRead': string;
  readonly 'inbox.markUnread': string;
  /** Visually a dot; read out before an unread item's title. */
  readonly 'inbox.unread': string;
  /** `{count}`: unread items over the current filter (a polite live region). */
  readonly 'inbox.unreadCount': PluralForms;
  readonly 'inbox.empty': string;
  readonly 'inbox.why': string;
  readonly 'inbox.feeds': string;
  /** `{name}`: the addressee. A link to its public Atom feed. */
  readonly 'inbox.feed': string;
  readonly 'inbox.signIn': string;
  readonly 'inbox.forbidden': string;
  /** Reasons an item reached the addressee. `{name}`: the sector, programme, country, office or organisation. */
  readonly 'reason.sector': string;
  readonly 'reason.programme': string;
  readonly 'reason.country': string;
  readonly 'reason.field-office': string;
  readonly 'reason.field-office-listed': string;
  readonly 'reason.organization': string;
  readonly 'reason.named-sector': string;
  readonly 'reason.theme': string;
  /** A consultation's regional audience (the region is the consultation's). */
  readonly 'reason.region': string;
  /** A consultation's audience named by a list, or all partners, or the Member States. */
  readonly 'reason.audience': string;
}
