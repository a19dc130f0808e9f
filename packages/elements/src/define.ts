// Registers every tag of the library (a side effect, listed in package.json "sideEffects").
import './components/ngo-card/ngo-card.js';
import './components/ngo-directory/ngo-directory.js';
import './components/ngo-organization-profile/ngo-organization-profile.js';
import './components/ngo-event-card/ngo-event-card.js';
import './components/ngo-event-detail/ngo-event-detail.js';
import './components/ngo-forum-calendar/ngo-forum-calendar.js';
import './components/ngo-match-list/ngo-match-list.js';
import './components/ngo-field-office/ngo-field-office.js';
import './components/ngo-focal-points/ngo-focal-points.js';
import './components/ngo-action-feed/ngo-action-feed.js';
import './components/ngo-organization-editor/ngo-organization-editor.js';
import './components/ngo-revision-review/ngo-revision-review.js';

export { NgoDirectory, NgoCard, NgoOrganizationSelectEvent } from './index.js';
export { NgoOrganizationProfile, NgoSearchChangeEvent } from './index.js';
export { NgoForumCalendar, NgoEventCard, NgoEventDetail, NgoEventSelectEvent, NgoCalendarNavigateEvent } from './index.js';
export { NgoMatchList, NgoFieldOffice, NgoFocalPoints, NgoActionFeed, NgoWeightsChangeEvent } from './index.js';
export { NgoOrganizationEditor, NgoRevisionReview, NgoSavedEvent, NgoRevisionDecideEvent } from './index.js';
