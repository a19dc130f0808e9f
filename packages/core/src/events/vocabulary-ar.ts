import type { EventVocabulary } from './vocabulary.js';

/** Arabic: our translation, to be checked by UNESCO's language services. */
export const AR_EVENT_VOCABULARY: EventVocabulary = {
  kind: {
    icngo: 'المؤتمر الدولي للمنظمات غير الحكومية',
    'ngo-forum': 'المنتدى الدولي للمنظمات غير الحكومية',
    'ngp-session': 'لجنة الشركاء غير الحكوميين',
    'thematic-debate': 'نقاش مواضيعي',
    'ngo-hearing': 'جلسة استماع للمنظمات غير الحكومية',
    'collective-consultation': 'مشاورة جماعية',
    'gc-ngo-space': 'فضاء المنظمات غير الحكومية في المؤتمر العام',
    'natcom-meeting': 'اجتماع مع اللجان الوطنية',
  },
  status: {
    planned: 'مقرر',
    confirmed: 'مؤكد',
    postponed: 'مؤجل',
    cancelled: 'ملغى',
  },
  organizerRole: {
    secretariat: 'أمانة اليونسكو',
    'liaison-committee': 'لجنة الاتصال بين المنظمات غير الحكومية واليونسكو',
    'executive-board': 'المجلس التنفيذي لليونسكو',
    'host-ngo': 'المنظمة غير الحكومية المضيفة',
    'national-commission': 'اللجنة الوطنية لليونسكو ({country})',
    'programme-sector': '{sector}',
    'field-office': 'مكتب اليونسكو ({office})',
    'ngp-committee': 'لجنة الشركاء غير الحكوميين',
    'icngo-chair': 'رئاسة المؤتمر الدولي للمنظمات غير الحكومية',
    'civil-society-unit': 'وحدة الشراكات مع المجتمع المدني',
  },
  participationRole: {
    'co-organizer': 'منظم مشارك',
    host: 'البلد المضيف',
    panel: 'مشارك في حلقة النقاش',
    observer: 'مراقب',
  },
  participationChannel: {
    'permanent-delegation': 'الوفد الدائم',
    'national-commission': 'اللجنة الوطنية',
    'ngp-member': 'عضو لجنة الشركاء غير الحكوميين',
  },
  sessionTitle: {
    'general-conference': 'المؤتمر العام، الدورة {n}',
    'executive-board': 'المجلس التنفيذي، الدورة {n}',
    'ngp-committee': 'لجنة الشركاء غير الحكوميين – الدورة {n} للمجلس التنفيذي',
  },
  phase: {
    preparation: 'الإعداد',
    financing: 'التمويل',
    conduct: 'التنفيذ',
    evaluation: 'التقييم',
    'follow-up': 'المتابعة',
  },
  phaseStatus: {
    'not-started': 'لم تبدأ',
    'in-progress': 'جارية',
    done: 'منجزة',
    cancelled: 'ملغاة',
  },
  output: {
    'final-report': 'التقرير الختامي',
    recommendations: 'التوصيات',
    declaration: 'الإعلان',
    resolution: 'القرار',
    other: 'وثيقة',
  },
  attendance: {
    'in-person': 'حضوري',
    online: 'عبر الإنترنت',
    hybrid: 'هجين',
  },
  session: {
    partOf: 'الدورة',
    agendaItem: 'البند {number}',
  },
  text: {
    theme: 'الموضوع',
    organizers: 'الجهات المنظمة',
    registration: 'التسجيل',
    deadline: 'الموعد النهائي',
    languages: 'اللغات',
    sources: 'المصادر',
    calendarName: 'الحوار بين المنظمات غير الحكومية واليونسكو: الفعاليات',
    fictional: 'فعالية خيالية (بيانات تجريبية)',
  },
};
