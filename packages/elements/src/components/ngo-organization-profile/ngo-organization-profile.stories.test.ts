import type { RequestHandler } from 'msw';
import { render, type TemplateResult } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoOrganizationProfile } from './ngo-organization-profile.element.js';
import meta, * as stories from './ngo-organization-profile.stories.js';

// Every story renders with its msw handlers (as msw-storybook-addon applies them) and is axe clean.
useMockServiceWorker();

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

const expected: Record<string, string> = {
  RealOrganization: 'ltr',
  Fictional: 'ltr',
  Arabic: 'rtl',
  Russian: 'ltr',
  LoadedFromTheApi: 'ltr',
  HostileText: 'ltr',
};

type StoryLike = { args?: object; parameters?: { msw?: { handlers: RequestHandler[] } } };

test.each(Object.keys(expected))('story %s', async (name) => {
  const story = (stories as Record<string, StoryLike>)[name]!;
  worker.use(...(story.parameters?.msw?.handlers ?? (meta.parameters?.msw?.handlers as RequestHandler[])));
  render((meta.render as (args: object) => TemplateResult)({ ...meta.args, ...story.args }), container);
  const el = container.querySelector('ngo-organization-profile') as NgoOrganizationProfile;
  await expect.poll(() => el.state, { timeout: 5_000 }).toBe('ready');
  await el.updateComplete;
  expect(el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir')).toBe(expected[name]);
  await expectNoAxeViolations(el);
});
