import type { ForumThemesStrings } from '../../internal/translation.js';

/** Russian strings of <ngo-forum-themes>. */
export const ruForumThemes: ForumThemesStrings = {
  'forumThemes.label': 'Темы, предложенные для этого форума',
  'forumThemes.propose': 'Предложить тему',
  'forumThemes.title': 'Тема',
  'forumThemes.description': 'Почему эта тема (необязательно)',
  'forumThemes.proposed': 'Ваша тема предложена.',
  'forumThemes.standings': 'Рейтинг',
  'forumThemes.counts': 'Государства-члены: {memberStates}, НПО: {ngos}',
  'forumThemes.support': 'Поддержать',
  'forumThemes.withdraw': 'Отозвать поддержку',
  'forumThemes.supported': 'Вы поддерживаете эту тему.',
  'forumThemes.withdrawn': 'Поддержка отозвана.',
  'forumThemes.already': 'Вы уже поддерживаете эту тему.',
  'forumThemes.chosen': 'Выбранная тема',
  'forumThemes.reasons': 'Причины: {reasons}',
  'forumThemes.closed': 'Тема выбрана: предложения и поддержка закрыты.',
  'forumThemes.empty': 'Темы пока не предложены.',
  'forumThemes.noEvent': 'Укажите мероприятие (атрибут event), темы которого нужно показать.',
  'forumThemes.signIn': 'Войдите как государство-член или редактор НПО, чтобы предлагать и поддерживать темы.',
  'forumThemes.send': 'Предложить',
  'forumThemes.sending': 'Отправка…',
  'forumThemes.sendFailed': 'Не отправлено: {reason} Ничего из введённого не потеряно; попробуйте ещё раз.',
  'forumThemes.titleRequired': 'Введите тему.',
};
export default ruForumThemes;
