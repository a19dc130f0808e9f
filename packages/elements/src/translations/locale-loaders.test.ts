import { describe, expect, test } from 'vitest';
import { enEventDetail, enEventSession } from './en/event-detail.js';
import { enEvents } from './en/events.js';
import { loadEveryArea } from './load-every-area.js';
import { loadOtherAreas } from './load-other-areas.js';

/** Every key of the event widgets' English areas. */
const EVENT_KEYS = Object.keys({ ...enEvents, ...enEventDetail, ...enEventSession });

describe('locale loaders', () => {
  test.each(['fr', 'ar', 'es', 'ru', 'zh'] as const)('%s: the directory loads no event string; the event widgets load them all', async (language) => {
    const others = await loadOtherAreas(language);
    const every = await loadEveryArea(language);
    expect(others.$lang).toBe(language);
    expect(every.$lang).toBe(language);
    expect(EVENT_KEYS.filter((key) => key in others)).toEqual([]);
    expect(EVENT_KEYS.filter((key) => !(key in every))).toEqual([]);
    // What the directory gets is exactly the rest of the table.
    expect(Object.keys(others).sort()).toEqual(Object.keys(every).filter((key) => !EVENT_KEYS.includes(key)).sort());
  });
});
