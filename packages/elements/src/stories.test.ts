import type { RequestHandler } from 'msw';
import { render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.js';
import { useMockServiceWorker, worker } from '../test/msw.js';

/*
 * The stories are the documentation's live examples (Storybook, `npm run docs`). Every element
 * has stories with a docs page, an Arabic (RTL) story, and its loading/empty/error states where
 * it loads data; every story renders with its own msw handlers (as msw-storybook-addon applies
 * them), reaches the state its name promises, and is axe clean.
 */

interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  parameters?: { msw?: { handlers: RequestHandler[] } };
  render?: (args: object, context: unknown) => TemplateResult;
}
type StoryModule = { default: StoryLike & { component?: string; tags?: string[] } } & Record<string, unknown>;
type Widget = HTMLElement & { state?: string; updateComplete?: Promise<boolean> };

const storyModules = import.meta.glob<StoryModule>('./components/*/*.stories.ts', { eager: true });
const elementFiles = Object.keys(import.meta.glob('./components/*/*.element.ts'));
const tagOf = (path: string) => path.split('/')[2]!;

const stories = Object.entries(storyModules).flatMap(([path, module]) =>
  Object.entries(module)
    .filter(([exportName]) => exportName !== 'default')
    .map(([exportName, story]) => ({ tag: tagOf(path), exportName, story: story as StoryLike, meta: module.default })),
);

/** Elements that load nothing: the event card takes its event as a property, the sign-up form only sends. */
const LOADS_NOTHING = new Set(['ngo-event-card', 'ngo-newsletter-signup']);

useMockServiceWorker();
const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

describe('every element has documented stories', () => {
  test.each(elementFiles.map(tagOf))('%s', (tag) => {
    const module = Object.entries(storyModules).find(([path]) => tagOf(path) === tag)?.[1];
    expect(module, `src/components/${tag}/${tag}.stories.ts`).toBeDefined();
    // `component` ties the stories to the manifest entry; `autodocs` gives the docs page.
    expect(module!.default.component).toBe(tag);
    expect(module!.default.tags).toContain('autodocs');
    const own = stories.filter((s) => s.tag === tag);
    expect(own.some(({ meta, story }) => ({ ...meta.args, ...story.args }).lang === 'ar'), 'an Arabic (RTL) story').toBe(true);
  });

  test('elements that load data show loading, error and (for lists) empty states', () => {
    const missing = [...new Set(stories.map((s) => s.tag))]
      .filter((tag) => !LOADS_NOTHING.has(tag))
      .flatMap((tag) => ['Loading', 'ErrorState'].filter((name) => !stories.some((s) => s.tag === tag && s.exportName === name)).map((name) => `${tag} ${name}`));
    expect(missing).toEqual([]);
  });
});

/** What a story's export name promises: `Loading`, `Empty`/`NoMatches`, `ErrorState`/`NotFound`, or data. */
async function expectPromisedState(el: Widget, exportName: string): Promise<void> {
  if (el.state === undefined || LOADS_NOTHING.has(el.localName)) {
    // Property-only elements (the event card) have no loading state: "Empty" renders nothing.
    await el.updateComplete;
    if (exportName === 'Empty') expect(el.shadowRoot?.children.length ?? 0).toBe(0);
    else expect(el.shadowRoot?.querySelector('[part~="base"]')).not.toBeNull();
    return;
  }
  const settled = () => (el.state === 'loading' || el.state === 'idle' ? 'pending' : el.state);
  if (exportName === 'Loading') {
    await expect.poll(() => el.state, { timeout: 5_000 }).toBe('loading');
  } else if (exportName === 'ErrorState' || exportName === 'NotFound') {
    await expect.poll(settled, { timeout: 10_000 }).toBe('error');
  } else if (exportName === 'Empty' || exportName === 'NoMatches') {
    await expect.poll(settled, { timeout: 5_000 }).toMatch(/^(empty|ready)$/);
    // The calendar keeps its grid: "empty" is a message inside the ready state.
    if (el.state === 'ready') expect(el.shadowRoot?.querySelector('[part~="empty"]')).not.toBeNull();
  } else {
    await expect.poll(settled, { timeout: 5_000 }).toMatch(/^(ready|list)$/);
  }
  await el.updateComplete;
}

describe('every story', () => {
  test.each(stories.map((s) => [`${s.tag} ${s.exportName}`, s] as const))('%s', async (_, { tag, exportName, story, meta }) => {
    worker.use(...(story.parameters?.msw?.handlers ?? meta.parameters?.msw?.handlers ?? []));
    const args = { ...meta.args, ...story.args };
    render((story.render ?? meta.render)!(args, {}), container);
    const el = container.querySelector<Widget>(tag)!;
    expect(el).not.toBeNull();

    await expectPromisedState(el, exportName);
    const outer = el.shadowRoot?.firstElementChild;
    if (args.lang === 'ar' && outer) expect(getComputedStyle(outer).direction).toBe('rtl');
    await expectNoAxeViolations(el);
  });
});
