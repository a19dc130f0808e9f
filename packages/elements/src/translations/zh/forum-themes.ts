import type { ForumThemesStrings } from '../../internal/translation.js';

/** Chinese strings of <ngo-forum-themes>. */
export const zhForumThemes: ForumThemesStrings = {
  'forumThemes.label': '为本论坛提议的主题',
  'forumThemes.propose': '提议主题',
  'forumThemes.title': '主题',
  'forumThemes.description': '为何选择此主题（可选）',
  'forumThemes.proposed': '您的主题已提议。',
  'forumThemes.standings': '排名',
  'forumThemes.counts': '会员国：{memberStates}，非政府组织：{ngos}',
  'forumThemes.support': '支持',
  'forumThemes.withdraw': '撤回支持',
  'forumThemes.supported': '您支持此主题。',
  'forumThemes.withdrawn': '已撤回支持。',
  'forumThemes.already': '您已支持此主题。',
  'forumThemes.chosen': '选定主题',
  'forumThemes.reasons': '理由：{reasons}',
  'forumThemes.closed': '主题已选定：提议和支持已截止。',
  'forumThemes.empty': '尚未提议任何主题。',
  'forumThemes.noEvent': '请指定要显示其主题的活动（event 属性）。',
  'forumThemes.signIn': '请以会员国或非政府组织编辑身份登录，以提议和支持主题。',
  'forumThemes.send': '提议',
  'forumThemes.sending': '正在发送…',
  'forumThemes.sendFailed': '未发送：{reason} 您输入的内容均未丢失；请重试。',
  'forumThemes.titleRequired': '请输入主题。',
};
export default zhForumThemes;
