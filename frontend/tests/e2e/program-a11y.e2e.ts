/**
 * Issue 11, acceptance 3: axe finds nothing serious or critical on the program page of any event the
 * site publishes, in each event's own template (the bold template once showed the dates white on
 * near-white, 1.07:1). The events are read from the API, so a new demo event is covered too.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAxeViolations, siteUrl, strapiUrl, type AxeFinding } from './support/browser';
import { useHarness } from './support/harness';

const h = useHarness();

interface EventRow {
  slug: string;
  template: string | null;
}

async function publishedEvents(): Promise<EventRow[]> {
  const response = await fetch(`${strapiUrl()}/api/events?locale=ru&fields[0]=slug&fields[1]=template&pagination[pageSize]=100&sort=slug`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: EventRow[]; meta: { pagination: { total: number } } };
  expect(body.data.length).toBe(body.meta.pagination.total);
  return body.data;
}

describe('program pages: accessibility', () => {
  it('axe finds nothing serious on the program page of every event, in every template', { timeout: 300_000 }, async () => {
    const page = h.page();
    const events = await publishedEvents();
    // the demo space has events in each template, the bold one among them
    expect(events.length).toBeGreaterThan(3);
    expect(events.some((event) => event.template === 'bold')).toBe(true);
    const found: Record<string, AxeFinding[]> = {};
    for (const event of events) {
      const response = await page.goto(`${siteUrl()}/events/${event.slug}/program`);
      expect(response?.status(), event.slug).toBe(200);
      // the visitor's own time (another timezone) is added after hydration: checked as well
      await page.waitForFunction(() => Boolean((document.querySelector('#__nuxt') as (Element & { __vue_app__?: unknown }) | null)?.__vue_app__));
      await page.locator('.local-time').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
      const findings = await seriousAxeViolations(page);
      if (findings.length) found[event.slug] = findings;
      if (event.template === 'bold') await saveScreenshot(page, `program-a11y-${event.slug}`);
    }
    expect(found).toEqual({});
  });
});
