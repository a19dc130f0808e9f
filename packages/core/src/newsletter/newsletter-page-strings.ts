import type { Language } from '../i18n/languages.js';

/**
 * The words of the pages a newsletter mail links to (confirm a sign-up, unsubscribe), in the six
 * languages. `{address}` marks where the page puts the address, isolated for bidirectional text.
 */
export interface NewsletterPageStrings {
  invalidTitle: string;
  expired: string;
  invalid: string;
  confirmTitle: string;
  confirmQuestion: string;
  confirmButton: string;
  confirmedTitle: string;
  confirmedMessage: string;
  unsubscribeTitle: string;
  unsubscribeQuestion: string;
  unsubscribeButton: string;
  unsubscribedTitle: string;
  unsubscribedMessage: string;
}

export const NEWSLETTER_PAGE_STRINGS: Record<Language, NewsletterPageStrings> = {
  en: {
    invalidTitle: 'Link not valid',
    expired: 'This link has expired. Sign up again to receive a new one.',
    invalid: 'This link is not valid.',
    confirmTitle: 'Confirm your subscription',
    confirmQuestion: 'Confirm that {address} should receive the monthly newsletter.',
    confirmButton: 'Confirm the subscription',
    confirmedTitle: 'Subscription confirmed',
    confirmedMessage: 'You will receive the next issue of the newsletter.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeQuestion: 'Stop sending the newsletter to {address}?',
    unsubscribeButton: 'Unsubscribe',
    unsubscribedTitle: 'Unsubscribed',
    unsubscribedMessage: 'You will receive no further issue of the newsletter.',
  },
  fr: {
    invalidTitle: 'Lien non valide',
    expired: 'Ce lien a expiré. Inscrivez-vous de nouveau pour en recevoir un autre.',
    invalid: 'Ce lien n’est pas valide.',
    confirmTitle: 'Confirmez votre abonnement',
    confirmQuestion: 'Confirmez que {address} doit recevoir la lettre mensuelle du partenariat UNESCO–ONG.',
    confirmButton: 'Confirmer l’abonnement',
    confirmedTitle: 'Abonnement confirmé',
    confirmedMessage: 'Vous recevrez le prochain numéro de la lettre.',
    unsubscribeTitle: 'Se désabonner',
    unsubscribeQuestion: 'Ne plus envoyer la lettre à {address}\u202f?',
    unsubscribeButton: 'Se désabonner',
    unsubscribedTitle: 'Désabonnement effectué',
    unsubscribedMessage: 'Vous ne recevrez plus aucun numéro de la lettre.',
  },
  es: {
    invalidTitle: 'Enlace no válido',
    expired: 'Este enlace ha caducado. Vuelva a suscribirse para recibir uno nuevo.',
    invalid: 'Este enlace no es válido.',
    confirmTitle: 'Confirme su suscripción',
    confirmQuestion: 'Confirme que {address} debe recibir el boletín mensual.',
    confirmButton: 'Confirmar la suscripción',
    confirmedTitle: 'Suscripción confirmada',
    confirmedMessage: 'Recibirá el próximo número del boletín.',
    unsubscribeTitle: 'Cancelar la suscripción',
    unsubscribeQuestion: '¿Dejar de enviar el boletín a {address}?',
    unsubscribeButton: 'Cancelar la suscripción',
    unsubscribedTitle: 'Suscripción cancelada',
    unsubscribedMessage: 'No recibirá más números del boletín.',
  },
  ru: {
    invalidTitle: 'Ссылка недействительна',
    expired: 'Срок действия этой ссылки истёк. Подпишитесь снова, чтобы получить новую.',
    invalid: 'Эта ссылка недействительна.',
    confirmTitle: 'Подтвердите подписку',
    confirmQuestion: 'Подтвердите, что на адрес {address} следует отправлять ежемесячный бюллетень.',
    confirmButton: 'Подтвердить подписку',
    confirmedTitle: 'Подписка подтверждена',
    confirmedMessage: 'Вы получите следующий выпуск бюллетеня.',
    unsubscribeTitle: 'Отписаться',
    unsubscribeQuestion: 'Прекратить отправку бюллетеня на адрес {address}?',
    unsubscribeButton: 'Отписаться',
    unsubscribedTitle: 'Подписка отменена',
    unsubscribedMessage: 'Вы больше не будете получать выпуски бюллетеня.',
  },
  zh: {
    invalidTitle: '链接无效',
    expired: '此链接已过期。请重新订阅以获取新链接。',
    invalid: '此链接无效。',
    confirmTitle: '确认订阅',
    confirmQuestion: '请确认 {address} 应接收每月通讯。',
    confirmButton: '确认订阅',
    confirmedTitle: '订阅已确认',
    confirmedMessage: '您将收到下一期通讯。',
    unsubscribeTitle: '退订',
    unsubscribeQuestion: '停止向 {address} 发送通讯？',
    unsubscribeButton: '退订',
    unsubscribedTitle: '已退订',
    unsubscribedMessage: '您将不再收到通讯。',
  },
  ar: {
    invalidTitle: 'الرابط غير صالح',
    expired: 'انتهت صلاحية هذا الرابط. اشترك من جديد لتتلقى رابطًا جديدًا.',
    invalid: 'هذا الرابط غير صالح.',
    confirmTitle: 'أكّد اشتراكك',
    confirmQuestion: 'أكّد أن العنوان {address} ينبغي أن يتلقى النشرة الإخبارية الشهرية.',
    confirmButton: 'تأكيد الاشتراك',
    confirmedTitle: 'تم تأكيد الاشتراك',
    confirmedMessage: 'ستتلقى العدد القادم من النشرة الإخبارية.',
    unsubscribeTitle: 'إلغاء الاشتراك',
    unsubscribeQuestion: 'هل تريد إيقاف إرسال النشرة الإخبارية إلى {address}؟',
    unsubscribeButton: 'إلغاء الاشتراك',
    unsubscribedTitle: 'تم إلغاء الاشتراك',
    unsubscribedMessage: 'لن تتلقى أي عدد آخر من النشرة الإخبارية.',
  },
};
