import { describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAxeViolations, siteUrl } from './support/browser';
import { expectH1, useHarness } from './support/harness';
import { fixtures } from './support/space';

const h = useHarness();

// the seed's links of Irina Sokolova (scripts/seed/data.ts)
const IRINA = 'Ирина Викторовна Соколова';
const IRINA_LINKS = [
  { name: 'Страница на сайте института', href: 'https://mico.demo.test/people/sokolova' },
  { name: 'Telegram-канал ректора', href: 'https://telegram.demo.test/mico_rector' },
];

describe("speakers' links", () => {
  it('lists them on the speaker page, named by their labels, opening other sites without access to this one', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/speakers/irina-sokolova`);
    await expectH1(page, IRINA);
    const list = page.getByRole('list', { name: `Ссылки: ${IRINA}` });
    const links = list.getByRole('link');
    expect(await links.count()).toBe(IRINA_LINKS.length);
    for (const [index, expected] of IRINA_LINKS.entries()) {
      const link = links.nth(index);
      expect(await link.innerText()).toBe(expected.name);
      expect(await link.getAttribute('href')).toBe(expected.href);
      expect(await link.getAttribute('rel')).toBe('noopener');
      expect(await link.getAttribute('target')).toBeNull();
    }
    // reachable by keyboard
    await links.first().focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(IRINA_LINKS[0]!.name);
    await saveScreenshot(page, 'speaker-links-ru');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("shows them on the event page's speaker cards, in a list named after its speaker", async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/events/${fixtures().media.slug}`);
    const speakers = page.getByRole('region', { name: 'Спикеры' });
    // many cards on one page: each list of links names its speaker for screen readers
    const list = speakers.getByRole('list', { name: `Ссылки: ${IRINA}`, exact: true });
    for (const expected of IRINA_LINKS) {
      const link = list.getByRole('link', { name: expected.name, exact: true });
      expect(await link.getAttribute('href')).toBe(expected.href);
      expect(await link.getAttribute('rel')).toBe('noopener');
    }
    expect(await list.getByRole('link').count()).toBe(IRINA_LINKS.length);
    // every link of every card is a web or mail address, and external ones never get the opener
    const all = await speakers.locator('.speaker-links a').evaluateAll((nodes) => nodes.map((node) => ({ href: node.getAttribute('href') ?? '', rel: node.getAttribute('rel') })));
    expect(all.length).toBeGreaterThanOrEqual(IRINA_LINKS.length);
    for (const link of all) {
      expect(link.href).toMatch(/^(https?:\/\/|mailto:)/);
      if (!link.href.startsWith('mailto:')) expect(link.rel).toBe('noopener');
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
