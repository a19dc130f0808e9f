import type { NewsletterStrings } from '../../internal/translation.js';

/** Chinese strings of the newsletter widgets. */
export const zhNewsletter: NewsletterStrings = {
  'newsletter.signupHeading': '订阅通讯',
  'newsletter.email': '电子邮件地址',
  'newsletter.language': '语言',
  'newsletter.topics': '主题',
  'newsletter.topicsHint': '已选择所有主题；取消勾选您不需要的主题。',
  'newsletter.subscribe': '订阅',
  'newsletter.subscribing': '正在订阅…',
  'newsletter.checkInbox': '请查看您的收件箱以确认订阅。',
  'newsletter.fieldError': '请更正此字段。',
  'newsletter.topic.new-partners': '新伙伴',
  'newsletter.topic.renewed-partners': '续签的伙伴关系',
  'newsletter.topic.actions': '行动',
  'newsletter.topic.events': '即将举行的活动',
  'newsletter.topic.recommendations': '建议',
  'newsletter.topic.consultations': '进行中的磋商',
  'newsletter.topic.consultation-results': '磋商结果',
  'newsletter.archiveHeading': '通讯存档',
  'newsletter.empty': '暂无期号。',
  'newsletter.open': '阅读',
  'newsletter.back': '返回存档',
  'newsletter.plainText': '纯文本版本',
};
