// Registers the write path's elements (a side effect, listed in package.json "sideEffects"):
// the organisation editor and the Secretariat's review, the signed-in inbox, the action
// submission form and programme feedback. They take a signed-in `client` and bring its write
// methods and core's write rules, hence an entry of their own beside ./define.ts (the reading
// widgets). A page with both imports both.
import './components/ngo-organization-editor/ngo-organization-editor.js';
import './components/ngo-revision-review/ngo-revision-review.js';
import './components/ngo-inbox/ngo-inbox.js';
import './components/ngo-action-submit/ngo-action-submit.js';
import './components/ngo-programme-feedback/ngo-programme-feedback.js';
import './components/ngo-hearing-request/ngo-hearing-request.js';
import './components/ngo-consultation/ngo-consultation.js';
import './components/ngo-forum-themes/ngo-forum-themes.js';
import './components/ngo-meetings/ngo-meetings.js';

export { NgoOrganizationEditor, NgoRevisionReview, NgoSavedEvent, NgoRevisionDecideEvent } from './index.js';
export { NgoInbox, NgoInboxReadEvent } from './index.js';
export { NgoActionSubmit, NgoActionSubmitEvent, NgoProgrammeFeedback, NgoFeedbackChangeEvent } from './index.js';
export { NgoHearingRequest, NgoHearingChangeEvent } from './index.js';
export { NgoConsultation, NgoConsultationRespondEvent } from './index.js';
export { NgoForumThemes, NgoForumThemeChangeEvent } from './index.js';
export { NgoMeetings, NgoMeetingChangeEvent } from './index.js';
