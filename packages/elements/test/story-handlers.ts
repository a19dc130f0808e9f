import { delay, http, HttpResponse, type RequestHandler } from 'msw';

/*
 * msw handlers for the states every data-loading story shows besides "data": an API that
 * never answers (the loading state) and one that answers every GET with a problem+json
 * error. They cover all of `/v1/*`, so a story does not need to know which routes its
 * element calls. Used by the stories (Storybook's msw addon) and by src/stories.test.ts.
 */

/** Every GET under `/v1/` stays pending: the element stays in its loading state. */
export function apiThatNeverAnswers(): RequestHandler[] {
  return [
    http.get('*/v1/*', async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  ];
}

/** Every GET under `/v1/` fails with `503 Service Unavailable`, as the server does during maintenance. */
export function apiDown(): RequestHandler[] {
  return [
    http.get('*/v1/*', () =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Down for maintenance' },
        { status: 503, headers: { 'content-type': 'application/problem+json' } },
      ),
    ),
  ];
}
