/**
 * Code blocks (src/theme/CodeBlock): the highlighted HTML from the server is
 * kept through hydration (not thrown away and highlighted again), its colours
 * follow the theme through CSS variables alone, the copy button copies the
 * code, and a block reached by client-side navigation is highlighted in the
 * browser.
 */
import {test, expect} from '@playwright/test';
import {setTheme, url, waitForHydration, watchConsole} from './site';

const CODE = '.theme-code-block pre code';

test('server-highlighted code survives hydration, follows the theme by CSS and copies exactly', async ({browser}) => {
  const context = await browser.newContext({permissions: ['clipboard-read', 'clipboard-write']});
  const page = await context.newPage();
  const problems = watchConsole(page);
  // Tag the parser's <code> elements with a property (not an attribute): a remount would replace them.
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      for (const c of Array.from(document.querySelectorAll('.theme-code-block pre code'))) (c as unknown as {fromParser: boolean}).fromParser = true;
    }),
  );
  await page.goto(url('docs/eni'));
  await waitForHydration(page);
  const blocks = page.locator(CODE);
  expect(await blocks.count()).toBeGreaterThanOrEqual(3);
  const kept = await blocks.evaluateAll((els) =>
    els.map((c) => (c as unknown as {fromParser?: boolean}).fromParser === true && c.querySelector('.token') !== null),
  );
  expect(kept.every(Boolean), `code elements kept from the server HTML, with tokens: ${kept.join(',')}`).toBe(true);

  // Colours: a token's computed colour is its CSS variable's value, in each theme.
  const colours = async () =>
    page
      .locator(`${CODE} .token[style*="--site-code-"]`)
      .first()
      .evaluate((t) => {
        const probe = document.createElement('span');
        const variable = /var\((--site-code-[a-z-]+)\)/.exec(t.getAttribute('style') ?? '')?.[1] ?? 'missing';
        probe.style.color = `var(${variable})`;
        t.parentElement!.append(probe);
        const expected = getComputedStyle(probe).color;
        probe.remove();
        return {variable, actual: getComputedStyle(t).color, expected};
      });
  const light = await colours();
  expect(light.variable).not.toBe('missing');
  expect(light.actual).toBe(light.expected);
  await setTheme(page, 'dark');
  const dark = await colours();
  expect(dark.actual).toBe(dark.expected);
  expect(dark.actual).not.toBe(light.actual);

  // Copy: the clipboard gets the block's code.
  const first = page.locator('.theme-code-block').first();
  const text = await first.locator('pre code').innerText();
  await first.hover();
  await first.getByRole('button', {name: /copy/i}).click();
  // (innerText shows each line's <br> as an empty line.)
  const lines = (t: string) => t.split('\n').filter((l) => l.trim() !== '');
  expect(lines(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(lines(text));
  expect(problems).toEqual([]);
  await context.close();
});

test('a code block reached by client-side navigation is highlighted in the browser', async ({page}) => {
  const problems = watchConsole(page);
  await page.goto(url('docs/overview'));
  await waitForHydration(page);
  await page.locator('article a[href$="/docs/efa"]').first().click();
  await expect(page).toHaveURL(/\/docs\/efa$/);
  await expect(page.locator(`${CODE} .token`).first()).toBeVisible();
  expect(problems).toEqual([]);
});
