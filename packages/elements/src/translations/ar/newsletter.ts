import type { NewsletterStrings } from '../../internal/translation.js';

/** Arabic strings of the newsletter widgets. */
export const arNewsletter: NewsletterStrings = {
  'newsletter.signupHeading': 'الاشتراك في النشرة الإخبارية',
  'newsletter.email': 'عنوان البريد الإلكتروني',
  'newsletter.language': 'اللغة',
  'newsletter.topics': 'المواضيع',
  'newsletter.topicsHint': 'جميع المواضيع مختارة؛ ألغِ تحديد ما لا تريده.',
  'newsletter.subscribe': 'اشترك',
  'newsletter.subscribing': 'جارٍ الاشتراك…',
  'newsletter.checkInbox': 'تحقق من صندوق بريدك لتأكيد اشتراكك.',
  'newsletter.fieldError': 'يرجى تصحيح هذا الحقل.',
  'newsletter.topic.new-partners': 'الشركاء الجدد',
  'newsletter.topic.renewed-partners': 'الشراكات المجددة',
  'newsletter.topic.actions': 'الإجراءات',
  'newsletter.topic.events': 'الفعاليات القادمة',
  'newsletter.topic.recommendations': 'التوصيات',
  'newsletter.topic.consultations': 'المشاورات المفتوحة',
  'newsletter.topic.consultation-results': 'نتائج المشاورات',
  'newsletter.archiveHeading': 'أرشيف النشرة الإخبارية',
  'newsletter.empty': 'لا يوجد عدد بعد.',
  'newsletter.open': 'اقرأ',
  'newsletter.back': 'العودة إلى الأرشيف',
  'newsletter.plainText': 'النسخة النصية',
};
