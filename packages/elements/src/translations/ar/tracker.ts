import type { TrackerStrings } from '../../internal/translation.js';

// Our translation; to be reviewed by an Arabic-speaking editor before release.
export const arTracker: TrackerStrings = {
  'addressee.sector': '{name}',
  'addressee.field-office': '{name}',
  'addressee.member-state': '{name} (دولة عضو)',
  'addressee.organization': '{name} (منظمة)',
  'addressee.liaison-committee': 'لجنة الاتصال بين المنظمات غير الحكومية واليونسكو',
  'followUp.received': 'وردت',
  'followUp.under-consideration': 'قيد النظر',
  'followUp.in-progress': 'قيد التنفيذ',
  'followUp.implemented': 'نُفّذت',
  'followUp.not-retained': 'لم تُعتمد',
  'tracker.label': 'التوصيات ومتابعتها',
  'tracker.untitled': 'توصية',
  'tracker.event': 'الحدث',
  'tracker.recorded': 'تاريخ التسجيل',
  'tracker.addressees': 'الجهات الموجهة إليها ومتابعتها',
  'tracker.latest': 'الحالة: {status}',
  'tracker.noFollowUp': 'لا توجد متابعة علنية حتى الآن.',
  'tracker.timeline': 'سجل المتابعة',
  'tracker.empty': 'لا توجد توصية مطابقة.',
  'tracker.count': {
    zero: 'لا توجد توصيات',
    one: 'توصية واحدة',
    two: 'توصيتان',
    few: '{count} توصيات',
    many: '{count} توصية',
    other: '{count} توصية',
  },
  'tracker.evaluations': 'نتائج تقييم الحدث',
};

export default arTracker;
