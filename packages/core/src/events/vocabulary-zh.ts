import type { EventVocabulary } from './vocabulary.js';

/** Chinese: our translation, to be checked by UNESCO's language services. */
export const ZH_EVENT_VOCABULARY: EventVocabulary = {
  kind: {
    icngo: '非政府组织国际大会',
    'ngo-forum': '非政府组织国际论坛',
    'ngp-session': '非政府伙伴委员会',
    'thematic-debate': '专题辩论',
    'ngo-hearing': '非政府组织听证会',
    'collective-consultation': '集体磋商',
    'gc-ngo-space': '大会非政府组织空间',
    'natcom-meeting': '与全国委员会的会议',
  },
  status: {
    planned: '计划中',
    confirmed: '已确认',
    postponed: '已推迟',
    cancelled: '已取消',
  },
  organizerRole: {
    secretariat: '教科文组织秘书处',
    'liaison-committee': '非政府组织-教科文组织联络委员会',
    'executive-board': '教科文组织执行局',
    'host-ngo': '东道主非政府组织',
    'national-commission': '联合国教科文组织全国委员会（{country}）',
    'programme-sector': '{sector}',
    'field-office': '教科文组织办事处（{office}）',
    'ngp-committee': '非政府伙伴委员会',
    'icngo-chair': '非政府组织国际大会主席',
    'civil-society-unit': '民间社会伙伴关系股',
  },
  participationRole: {
    'co-organizer': '联合主办方',
    host: '东道国',
    panel: '小组讨论成员',
    observer: '观察员',
  },
  participationChannel: {
    'permanent-delegation': '常驻代表团',
    'national-commission': '全国委员会',
    'ngp-member': '非政府伙伴委员会成员',
  },
  sessionTitle: {
    'general-conference': '大会第{n}届会议',
    'executive-board': '执行局第{n}届会议',
    'ngp-committee': '非政府伙伴委员会——执行局第{n}届会议',
  },
  phase: {
    preparation: '筹备',
    financing: '筹资',
    conduct: '举办',
    evaluation: '评估',
    'follow-up': '后续行动',
  },
  phaseStatus: {
    'not-started': '未开始',
    'in-progress': '进行中',
    done: '已完成',
    cancelled: '已取消',
  },
  output: {
    'final-report': '最终报告',
    recommendations: '建议',
    declaration: '宣言',
    resolution: '决议',
    other: '文件',
  },
  attendance: {
    'in-person': '线下',
    online: '线上',
    hybrid: '线上线下结合',
  },
  session: {
    partOf: '会议',
    agendaItem: '议程项目{number}',
  },
  text: {
    theme: '主题',
    organizers: '主办方',
    registration: '报名',
    deadline: '截止日期',
    languages: '语言',
    sources: '来源',
    calendarName: '非政府组织-教科文组织对话：活动',
    fictional: '虚构活动（演示数据）',
  },
};
