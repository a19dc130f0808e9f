/**
 * Google Calendar's "add calendar from URL" page for a feed. Google takes the feed as a
 * `webcal:` URL in `cid` and fetches it itself, so the feed must be public (no cookies).
 *
 * A module of its own, apart from the "add to calendar" links: the calendar widget shows a
 * subscribe link on first render, and should not carry the event-text code those links need.
 */
export function googleSubscribeUrl(feedUrl: string): string {
  return `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(feedUrl.replace(/^https?:/, 'webcal:'))}`;
}
