import type { RequestHandler } from 'msw';
import { render, type TemplateResult } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { waitForState } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import meta, * as stories from './ngo-directory.stories.js';

// Each story renders with its own msw handlers, as msw-storybook-addon would apply them,
// and reaches the state it is named after.
useMockServiceWorker();

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

const expected: Record<string, { state: string; dir: string }> = {
  Default: { state: 'list', dir: 'ltr' },
  Empty: { state: 'empty', dir: 'ltr' },
  ErrorState: { state: 'error', dir: 'ltr' },
  ArabicRtl: { state: 'list', dir: 'rtl' },
  Loading: { state: 'loading', dir: 'ltr' },
  SearchInTheBrowser: { state: 'list', dir: 'ltr' },
  Filtered: { state: 'list', dir: 'ltr' },
  NoMatches: { state: 'empty', dir: 'ltr' },
  ArabicFiltered: { state: 'list', dir: 'rtl' },
  ChineseServerSearch: { state: 'list', dir: 'ltr' },
};

type StoryLike = { args?: object; parameters?: { msw?: { handlers: RequestHandler[] } } };

test.each(Object.keys(expected))('story %s', async (name) => {
  const story = (stories as Record<string, StoryLike>)[name]!;
  const handlers = story.parameters?.msw?.handlers ?? meta.parameters?.msw?.handlers ?? [];
  worker.use(...handlers);
  const args = { ...meta.args, ...story.args };
  render((meta.render as (args: object, context: unknown) => TemplateResult)(args, {}), container);

  const el = container.querySelector('ngo-directory') as NgoDirectory;
  await waitForState(el, expected[name]!.state);
  expect(el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir')).toBe(expected[name]!.dir);
  await expectNoAxeViolations(el);
});
