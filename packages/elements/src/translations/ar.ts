import type { Translation } from '../internal/translation.js';

// Our translation; to be reviewed by an Arabic-speaking editor before release. Arabic has
// six plural categories (zero, one, two, few, many, other), all used below.
export const ar: Translation = {
  $lang: 'ar',
  directoryLabel: 'المنظمات',
  loading: 'جارٍ التحميل…',
  loadMore: 'عرض المزيد',
  loadingMore: 'جارٍ تحميل المزيد…',
  retry: 'إعادة المحاولة',
  empty: 'لا توجد منظمات لعرضها.',
  errorTitle: 'تعذّر تحميل الدليل.',
  errorNetwork: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك ثم أعد المحاولة.',
  errorTimeout: 'استغرق الخادم وقتًا طويلًا للرد.',
  errorHttp: 'ردّ الخادم بخطأ (HTTP {status}).',
  errorData: 'أرسل الخادم بيانات بصيغة غير متوقعة.',
  errorUnknown: 'حدث خطأ ما.',
  resultCount: {
    zero: 'لا توجد منظمات',
    one: 'منظمة واحدة',
    two: 'منظمتان',
    few: '{count} منظمات',
    many: '{count} منظمة',
    other: '{count} منظمة',
  },
  shownOfTotal: {
    zero: 'عرض {shown} من أصل {count} منظمة',
    one: 'عرض {shown} من أصل منظمة واحدة',
    two: 'عرض {shown} من أصل منظمتين',
    few: 'عرض {shown} من أصل {count} منظمات',
    many: 'عرض {shown} من أصل {count} منظمة',
    other: 'عرض {shown} من أصل {count} منظمة',
  },
  headquarters: 'المقر',
  place: '{city}، {country}',
  sectors: 'القطاعات',
  website: 'الموقع الإلكتروني',
  fictional: 'منظمة وهمية (بيانات تجريبية)',
};
