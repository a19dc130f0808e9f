import type { EventVocabulary } from './vocabulary.js';

/** Russian: our translation, to be checked by UNESCO's language services. */
export const RU_EVENT_VOCABULARY: EventVocabulary = {
  kind: {
    icngo: 'Международная конференция НПО',
    'ngo-forum': 'Международный форум НПО',
    'ngp-session': 'Комитет по неправительственным партнерам',
    'thematic-debate': 'Тематическая дискуссия',
    'ngo-hearing': 'Слушания НПО',
    'collective-consultation': 'Коллективная консультация',
    'gc-ngo-space': 'Пространство НПО на Генеральной конференции',
    'natcom-meeting': 'Встреча с национальными комиссиями',
  },
  status: {
    planned: 'Запланировано',
    confirmed: 'Подтверждено',
    postponed: 'Перенесено',
    cancelled: 'Отменено',
  },
  organizerRole: {
    secretariat: 'Секретариат ЮНЕСКО',
    'liaison-committee': 'Комитет по связям НПО–ЮНЕСКО',
    'executive-board': 'Исполнительный совет ЮНЕСКО',
    'host-ngo': 'Принимающая НПО',
    'national-commission': 'Национальная комиссия по делам ЮНЕСКО ({country})',
    'programme-sector': '{sector}',
    'field-office': 'Бюро ЮНЕСКО ({office})',
    'ngp-committee': 'Комитет по неправительственным партнерам',
    'icngo-chair': 'Председатель Международной конференции НПО',
    'civil-society-unit': 'Группа по партнерству с гражданским обществом',
  },
  participationRole: {
    'co-organizer': 'Соорганизатор',
    host: 'Принимающая страна',
    panel: 'Участник дискуссии',
    observer: 'Наблюдатель',
  },
  participationChannel: {
    'permanent-delegation': 'Постоянное представительство',
    'national-commission': 'Национальная комиссия',
    'ngp-member': 'Член Комитета по неправительственным партнерам',
  },
  sessionTitle: {
    'general-conference': 'Генеральная конференция, {n}-я сессия',
    'executive-board': 'Исполнительный совет, {n}-я сессия',
    'ngp-committee': 'Комитет по неправительственным партнерам, {n}-я сессия Исполнительного совета',
  },
  phase: {
    preparation: 'Подготовка',
    financing: 'Финансирование',
    conduct: 'Проведение',
    evaluation: 'Оценка',
    'follow-up': 'Последующие меры',
  },
  phaseStatus: {
    'not-started': 'Не начато',
    'in-progress': 'В процессе',
    done: 'Завершено',
    cancelled: 'Отменено',
  },
  output: {
    'final-report': 'Итоговый доклад',
    recommendations: 'Рекомендации',
    declaration: 'Декларация',
    resolution: 'Резолюция',
    other: 'Документ',
  },
  attendance: {
    'in-person': 'Очно',
    online: 'Онлайн',
    hybrid: 'Гибридный формат',
  },
  session: {
    partOf: 'Сессия',
    agendaItem: 'Пункт {number}',
  },
  text: {
    theme: 'Тема',
    organizers: 'Организаторы',
    registration: 'Регистрация',
    deadline: 'Крайний срок',
    languages: 'Языки',
    sources: 'Источники',
    calendarName: 'Диалог НПО–ЮНЕСКО: мероприятия',
    fictional: 'Вымышленное мероприятие (демонстрационные данные)',
  },
};
