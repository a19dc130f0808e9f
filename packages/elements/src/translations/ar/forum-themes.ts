import type { ForumThemesStrings } from '../../internal/translation.js';

/** Arabic strings of <ngo-forum-themes>. */
export const arForumThemes: ForumThemesStrings = {
  'forumThemes.label': 'المواضيع المقترحة لهذا المنتدى',
  'forumThemes.propose': 'اقتراح موضوع',
  'forumThemes.title': 'الموضوع',
  'forumThemes.description': 'سبب اختيار هذا الموضوع (اختياري)',
  'forumThemes.proposed': 'تم اقتراح موضوعكم.',
  'forumThemes.standings': 'الترتيب',
  'forumThemes.counts': 'الدول الأعضاء: {memberStates}، المنظمات غير الحكومية: {ngos}',
  'forumThemes.support': 'تأييد',
  'forumThemes.withdraw': 'سحب التأييد',
  'forumThemes.supported': 'أنتم تؤيدون هذا الموضوع.',
  'forumThemes.withdrawn': 'سُحب التأييد.',
  'forumThemes.already': 'أنتم تؤيدون هذا الموضوع بالفعل.',
  'forumThemes.chosen': 'الموضوع المختار',
  'forumThemes.reasons': 'الأسباب: {reasons}',
  'forumThemes.closed': 'تم اختيار الموضوع: أُغلق باب الاقتراحات والتأييد.',
  'forumThemes.empty': 'لم يُقترح أي موضوع بعد.',
  'forumThemes.noEvent': 'حدّد الحدث (السمة event) الذي تُعرض مواضيعه.',
  'forumThemes.signIn': 'سجّل الدخول بصفتك دولة عضوًا أو محررًا لمنظمة غير حكومية لاقتراح المواضيع وتأييدها.',
  'forumThemes.send': 'اقتراح',
  'forumThemes.sending': 'جارٍ الإرسال…',
  'forumThemes.sendFailed': 'لم يُرسل: {reason} لم يضع شيء مما كتبتموه؛ حاولوا مرة أخرى.',
  'forumThemes.titleRequired': 'أدخلوا الموضوع.',
};
export default arForumThemes;
