import { describe, expect, it } from 'vitest';
import { googleSubscribeUrl } from './subscribe-link.js';

describe('googleSubscribeUrl', () => {
  it('hands Google the feed as a webcal URL', () => {
    const url = new URL(googleSubscribeUrl('https://api.example.org/v1/events.ics?kind=icngo&lang=fr'));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('cid')).toBe('webcal://api.example.org/v1/events.ics?kind=icngo&lang=fr');
  });
});
