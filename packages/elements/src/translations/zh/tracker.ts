import type { TrackerStrings } from '../../internal/translation.js';

// Our translation; to be reviewed by a Chinese-speaking editor before release.
export const zhTracker: TrackerStrings = {
  'addressee.sector': '{name}',
  'addressee.field-office': '{name}',
  'addressee.member-state': '{name}（会员国）',
  'addressee.organization': '{name}（组织）',
  'addressee.liaison-committee': '非政府组织－教科文组织联络委员会',
  'followUp.received': '已收到',
  'followUp.under-consideration': '审议中',
  'followUp.in-progress': '实施中',
  'followUp.implemented': '已实施',
  'followUp.not-retained': '未采纳',
  'tracker.label': '建议及其后续行动',
  'tracker.untitled': '建议',
  'tracker.event': '活动',
  'tracker.recorded': '记录日期',
  'tracker.addressees': '接收方及其后续行动',
  'tracker.latest': '状态：{status}',
  'tracker.noFollowUp': '尚无公开的后续行动。',
  'tracker.timeline': '后续行动记录',
  'tracker.empty': '没有符合条件的建议。',
  'tracker.count': { other: '{count} 项建议' },
  'tracker.evaluations': '评估结果',
};

export default zhTracker;
