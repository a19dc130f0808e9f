import type { FieldErrorCode, SecretariatField } from '@ngo-liaison/core';
import type { PluralForms } from './translation.js';

/** The message of a field error, by its stable code (problem details' `errors[].code`, core's FIELD_ERROR_CODES). */
export type FieldErrorStrings = { readonly [C in FieldErrorCode as `fieldError.${C}`]: string };

/** The name of an organisation's field, as the editor's legends and the review's diff show it. */
export type FieldLabelStrings = { readonly [F in SecretariatField as `field.${F}`]: string };

/**
 * <ngo-organization-editor> and <ngo-revision-review>: the write path. An area of its own, in a
 * module of its own per language (src/translations/<lang>/editor.ts), loaded only by these two
 * elements, so the reading widgets' bundles do not carry it.
 */
export interface EditorStrings extends FieldErrorStrings, FieldLabelStrings {
  /** Accessible name of the editor's form. `{name}`: the organisation's name. */
  readonly 'editor.label': string;
  /** A line of the error summary: `{field}` the field's label, `{message}` the problem. */
  readonly 'editor.issue': string;
  /** `{language}`: the language's name ("French"). */
  readonly 'editor.nameIn': string;
  /** `{language}`: the language's name. */
  readonly 'editor.removeName': string;
  readonly 'editor.addNameIn': string;
  readonly 'editor.add': string;
  /** `{item}`: what the button removes ("France"). */
  readonly 'editor.remove': string;
  readonly 'editor.addCountry': string;
  readonly 'editor.workingLanguagesHint': string;
  readonly 'editor.websiteHint': string;
  /** `{number}`: the contact's position. */
  readonly 'editor.contact': string;
  readonly 'editor.contactKind': string;
  readonly 'editor.contactValue': string;
  readonly 'editor.visibility': string;
  readonly 'editor.visibility.public': string;
  readonly 'editor.visibility.partners': string;
  readonly 'editor.addContact': string;
  readonly 'editor.save': string;
  readonly 'editor.saving': string;
  /** The Secretariat's own change, live at once. */
  readonly 'editor.published': string;
  /** An editor's change, waiting for review. */
  readonly 'editor.pending': string;
  /** `{date}`: when it was submitted. */
  readonly 'editor.pendingSince': string;
  /** `{date}`: when it was returned; the reason follows. */
  readonly 'editor.returned': string;
  readonly 'editor.nothingToSave': string;
  /** Heading of the error summary; `{count}` problems. */
  readonly 'editor.errorSummary': PluralForms;
  readonly 'editor.conflict': string;
  readonly 'editor.conflictCurrent': string;
  readonly 'editor.conflictYours': string;
  readonly 'editor.reapply': string;
  readonly 'editor.reapplied': string;
  readonly 'editor.forbidden': string;
  /** `{reason}`: what went wrong (a sentence). */
  readonly 'editor.saveFailed': string;
  /** Shown for an empty value in a comparison. */
  readonly 'editor.none': string;
  readonly 'review.label': string;
  readonly 'review.empty': string;
  /** `{name}`: who proposed it; `{date}`: when. */
  readonly 'review.submitted': string;
  readonly 'review.field': string;
  readonly 'review.before': string;
  readonly 'review.after': string;
  readonly 'review.publish': string;
  readonly 'review.return': string;
  readonly 'review.reason': string;
  readonly 'review.published': string;
  readonly 'review.returnedDone': string;
  /** 409 on publish. `{version}`: the profile's current version. */
  readonly 'review.moved': string;
}
