// Registers the reading widgets (a side effect, listed in package.json "sideEffects"): what a
// public page shows. The write path's elements — forms, reviews, inboxes, which bring the whole
// client and core's write rules — are registered by ./define-write.ts instead, so a site that
// only reads does not bundle them.
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
import './components/ngo-recommendation-tracker/ngo-recommendation-tracker.js';
// The newsletter's public widgets: sign-up needs no credential, so they belong with the reading widgets.
import './components/ngo-newsletter-signup/ngo-newsletter-signup.js';
import './components/ngo-newsletter-archive/ngo-newsletter-archive.js';

export { NgoDirectory, NgoCard, NgoOrganizationSelectEvent } from './index.js';
export { NgoOrganizationProfile, NgoSearchChangeEvent } from './index.js';
export { NgoForumCalendar, NgoEventCard, NgoEventDetail, NgoEventSelectEvent, NgoCalendarNavigateEvent } from './index.js';
export { NgoMatchList, NgoFieldOffice, NgoFocalPoints, NgoActionFeed, NgoWeightsChangeEvent } from './index.js';
export { NgoRecommendationTracker } from './index.js';
export { NgoNewsletterSignup, NgoNewsletterArchive } from './index.js';
