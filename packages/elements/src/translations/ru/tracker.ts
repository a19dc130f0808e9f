import type { TrackerStrings } from '../../internal/translation.js';

// Our translation; to be reviewed by a Russian-speaking editor before release.
export const ruTracker: TrackerStrings = {
  'addressee.sector': '{name}',
  'addressee.field-office': '{name}',
  'addressee.member-state': '{name} (государство-член)',
  'addressee.organization': '{name} (организация)',
  'addressee.liaison-committee': 'Комитет по связям НПО-ЮНЕСКО',
  'followUp.received': 'Получена',
  'followUp.under-consideration': 'Рассматривается',
  'followUp.in-progress': 'Выполняется',
  'followUp.implemented': 'Выполнена',
  'followUp.not-retained': 'Не принята',
  'tracker.label': 'Рекомендации и их выполнение',
  'tracker.untitled': 'Рекомендация',
  'tracker.event': 'Мероприятие',
  'tracker.recorded': 'Зарегистрирована',
  'tracker.addressees': 'Адресаты и выполнение',
  'tracker.latest': 'Статус: {status}',
  'tracker.noFollowUp': 'Публичных сведений о выполнении пока нет.',
  'tracker.timeline': 'История выполнения',
  'tracker.empty': 'Подходящих рекомендаций нет.',
  'tracker.count': { one: '{count} рекомендация', few: '{count} рекомендации', many: '{count} рекомендаций', other: '{count} рекомендации' },
  'tracker.evaluations': 'Результаты оценки',
};

export default ruTracker;
