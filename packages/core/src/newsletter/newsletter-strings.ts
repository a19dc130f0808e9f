import type { Language } from '../i18n/languages.js';
import type { NewsletterSection } from './newsletter.js';

/** The fixed words of an issue and of the confirmation mail, in the six languages. */
export interface NewsletterStrings {
  title: (month: string) => string;
  sections: Record<NewsletterSection, string>;
  unsubscribe: string;
  why: string;
  confirmSubject: string;
  confirmBody: string;
  confirmButton: string;
  confirmIgnore: string;
}

export const NEWSLETTER_STRINGS: Record<Language, NewsletterStrings> = {
  en: {
    title: (m) => `UNESCO–NGO partnership newsletter, ${m}`,
    sections: {
      'new-partners': 'New partners',
      'renewed-partners': 'Renewed partnerships',
      actions: 'Published actions by sector and region',
      events: 'Upcoming events and hearings',
      recommendations: 'Recommendations and follow-up',
      consultations: 'Open consultations',
      'consultation-results': 'Published consultation results',
    },
    unsubscribe: 'Unsubscribe',
    why: 'You receive this newsletter as a partner contact or because you subscribed.',
    confirmSubject: 'Confirm your subscription to the UNESCO–NGO newsletter',
    confirmBody: 'Someone, probably you, asked to receive the monthly UNESCO–NGO partnership newsletter at this address.',
    confirmButton: 'Confirm the subscription',
    confirmIgnore: 'If it was not you, ignore this message: nothing will be sent.',
  },
  fr: {
    title: (m) => `Lettre du partenariat UNESCO–ONG, ${m}`,
    sections: {
      'new-partners': 'Nouveaux partenaires',
      'renewed-partners': 'Partenariats renouvelés',
      actions: 'Actions publiées par secteur et par région',
      events: 'Événements et auditions à venir',
      recommendations: 'Recommandations et suivi',
      consultations: 'Consultations ouvertes',
      'consultation-results': 'Résultats de consultations publiés',
    },
    unsubscribe: 'Se désabonner',
    why: 'Vous recevez cette lettre en tant que contact d’un partenaire ou parce que vous vous y êtes abonné·e.',
    confirmSubject: 'Confirmez votre abonnement à la lettre UNESCO–ONG',
    confirmBody: 'Quelqu’un, sans doute vous, a demandé à recevoir à cette adresse la lettre mensuelle du partenariat UNESCO–ONG.',
    confirmButton: 'Confirmer l’abonnement',
    confirmIgnore: 'Si ce n’était pas vous, ignorez ce message : rien ne vous sera envoyé.',
  },
  es: {
    title: (m) => `Boletín de la colaboración UNESCO–ONG, ${m}`,
    sections: {
      'new-partners': 'Nuevos socios',
      'renewed-partners': 'Colaboraciones renovadas',
      actions: 'Acciones publicadas por sector y región',
      events: 'Próximos eventos y audiencias',
      recommendations: 'Recomendaciones y seguimiento',
      consultations: 'Consultas abiertas',
      'consultation-results': 'Resultados de consultas publicados',
    },
    unsubscribe: 'Darse de baja',
    why: 'Recibe este boletín como contacto de un socio o porque se suscribió.',
    confirmSubject: 'Confirme su suscripción al boletín UNESCO–ONG',
    confirmBody: 'Alguien, probablemente usted, pidió recibir en esta dirección el boletín mensual de la colaboración UNESCO–ONG.',
    confirmButton: 'Confirmar la suscripción',
    confirmIgnore: 'Si no fue usted, ignore este mensaje: no se enviará nada.',
  },
  ru: {
    title: (m) => `Бюллетень партнёрства ЮНЕСКО–НПО, ${m}`,
    sections: {
      'new-partners': 'Новые партнёры',
      'renewed-partners': 'Продлённые партнёрства',
      actions: 'Опубликованные действия по секторам и регионам',
      events: 'Предстоящие мероприятия и слушания',
      recommendations: 'Рекомендации и последующие действия',
      consultations: 'Открытые консультации',
      'consultation-results': 'Опубликованные результаты консультаций',
    },
    unsubscribe: 'Отписаться',
    why: 'Вы получаете этот бюллетень как контактное лицо партнёра или потому что подписались.',
    confirmSubject: 'Подтвердите подписку на бюллетень ЮНЕСКО–НПО',
    confirmBody: 'Кто-то, вероятно вы, попросил присылать на этот адрес ежемесячный бюллетень партнёрства ЮНЕСКО–НПО.',
    confirmButton: 'Подтвердить подписку',
    confirmIgnore: 'Если это были не вы, просто проигнорируйте это письмо: ничего не будет отправлено.',
  },
  zh: {
    title: (m) => `教科文组织与非政府组织伙伴关系通讯，${m}`,
    sections: {
      'new-partners': '新伙伴',
      'renewed-partners': '续签的伙伴关系',
      actions: '按部门和地区发布的行动',
      events: '即将举行的活动和听证会',
      recommendations: '建议及后续行动',
      consultations: '进行中的磋商',
      'consultation-results': '已公布的磋商结果',
    },
    unsubscribe: '退订',
    why: '您作为伙伴联系人或因您已订阅而收到本通讯。',
    confirmSubject: '请确认订阅教科文组织与非政府组织通讯',
    confirmBody: '有人（可能是您）请求将教科文组织与非政府组织伙伴关系月度通讯发送到此地址。',
    confirmButton: '确认订阅',
    confirmIgnore: '如果不是您本人，请忽略此邮件：我们不会发送任何内容。',
  },
  ar: {
    title: (m) => `نشرة الشراكة بين اليونسكو والمنظمات غير الحكومية، ${m}`,
    sections: {
      'new-partners': 'شركاء جدد',
      'renewed-partners': 'شراكات مجدَّدة',
      actions: 'الإجراءات المنشورة حسب القطاع والمنطقة',
      events: 'الفعاليات وجلسات الاستماع القادمة',
      recommendations: 'التوصيات ومتابعتها',
      consultations: 'المشاورات المفتوحة',
      'consultation-results': 'نتائج المشاورات المنشورة',
    },
    unsubscribe: 'إلغاء الاشتراك',
    why: 'تتلقى هذه النشرة بصفتك جهة اتصال لدى شريك أو لأنك اشتركت فيها.',
    confirmSubject: 'أكِّد اشتراكك في نشرة اليونسكو والمنظمات غير الحكومية',
    confirmBody: 'طلب شخص ما، على الأرجح أنت، تلقي النشرة الشهرية للشراكة بين اليونسكو والمنظمات غير الحكومية على هذا العنوان.',
    confirmButton: 'تأكيد الاشتراك',
    confirmIgnore: 'إذا لم تكن أنت، فتجاهل هذه الرسالة: لن يُرسَل إليك شيء.',
  },
};
