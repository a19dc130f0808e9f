import type { Language } from '../i18n/languages.js';
import type { MailMessage } from '../mail/mail-message.js';
import { meetingICalendar, type MeetingIcsOptions } from './meeting-ics.js';
import type { Meeting } from './meeting.js';

interface MeetingMailWords {
  confirmed: string;
  calledOff: string;
  when: string;
  body: string;
}

/** The few words of the invitation mail; the details travel in the attached iCalendar. */
const WORDS: Readonly<Record<Language, MeetingMailWords>> = {
  en: { confirmed: 'Meeting confirmed', calledOff: 'Meeting called off', when: 'When', body: 'The attached invitation adds it to your calendar.' },
  fr: { confirmed: 'Réunion confirmée', calledOff: 'Réunion annulée', when: 'Quand', body: 'L’invitation jointe l’ajoute à votre agenda.' },
  es: { confirmed: 'Reunión confirmada', calledOff: 'Reunión anulada', when: 'Cuándo', body: 'La invitación adjunta la añade a su calendario.' },
  ar: { confirmed: 'تأكيد الاجتماع', calledOff: 'إلغاء الاجتماع', when: 'الموعد', body: 'تضيف الدعوة المرفقة الاجتماع إلى تقويمك.' },
  ru: { confirmed: 'Встреча подтверждена', calledOff: 'Встреча отменена', when: 'Когда', body: 'Приложенное приглашение добавит её в ваш календарь.' },
  zh: { confirmed: '会议已确认', calledOff: '会议已取消', when: '时间', body: '附件中的邀请会将其加入您的日历。' },
};

export interface MeetingRecipient {
  email: string;
  language: Language;
}

/**
 * One meeting-invitation mail per party: iCalendar REQUEST for a confirmed meeting, CANCEL
 * once called off. The dedupe key carries the SEQUENCE so a retried write mails once.
 */
export function composeMeetingInvitations(
  meeting: Meeting,
  recipients: readonly MeetingRecipient[],
  options: Omit<MeetingIcsOptions, 'attendeeEmails'>,
): MailMessage[] {
  const slot = meeting.confirmedSlot;
  if (!slot) return [];
  const calendar = meetingICalendar(meeting, { ...options, attendeeEmails: recipients.map((r) => r.email) });
  return recipients.map((recipient) => {
    const words = WORDS[recipient.language];
    const when = new Intl.DateTimeFormat(recipient.language, { dateStyle: 'full', timeStyle: 'short', timeZone: slot.zone }).format(new Date(slot.start));
    const headline = calendar.method === 'CANCEL' ? words.calledOff : words.confirmed;
    return {
      kind: 'meeting-invitation',
      to: recipient.email,
      subject: `${headline}: ${meeting.subject}`,
      text: `${headline}: ${meeting.subject}\n${words.when}: ${when} (${slot.zone})\n\n${words.body}\n`,
      calendar,
      language: recipient.language,
      dedupeKey: `meeting:${meeting.id}:${meeting.sequence}:${calendar.method}:${recipient.email}`,
    };
  });
}
