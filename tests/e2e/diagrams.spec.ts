/**
 * The OS-bypass diagram and the EFA software stack:
 * stepping (buttons and keys), reduced motion, JavaScript off and axe in
 * both themes. Build-time Mermaid diagrams: tests/e2e/mermaid.spec.ts.
 */
import {test, expect, type Page} from '@playwright/test';
import {url, waitForHydration, watchConsole, activateIslands, expectAxeClean} from './site';
import {expectQuietGoLive, islandOf, openHeld} from './tools';

async function openDiagram(page: Page, query = '') {
  await page.goto(url(`docs/os-bypass${query}`));
  await waitForHydration(page);
  await activateIslands(page);
  const root = page.getByTestId('os-bypass-diagram');
  await expect(root).toHaveAttribute('data-ready', 'true');
  return root;
}

async function activeLayers(page: Page): Promise<string[]> {
  return page.locator('[data-testid=os-bypass-figure] [data-layer][data-active]').evaluateAll((els) => els.map((e) => e.getAttribute('data-layer')!).sort());
}

test.describe('OsBypassDiagram', () => {
  test('buttons step through the message, move the highlighted layer and announce the text', async ({page}) => {
    const problems = watchConsole(page);
    const root = await openDiagram(page);
    const live = root.getByTestId('step-text');
    await expect(live).toHaveAttribute('aria-live', 'polite');
    await expect(live).toContainText('Step 1 of 8');
    expect(await activeLayers(page)).toEqual(['kernel']);

    await root.getByRole('button', {name: 'OS-bypass path'}).click();
    for (let i = 0; i < 3; i++) await root.getByTestId('step-next').click();
    await expect(live).toContainText('Step 4 of 8');
    await expect(live).toContainText('No system call');
    expect(await activeLayers(page)).toEqual(['user']);
    await expect(page).toHaveURL(/[?&]view=bypass&step=4$/);
    await expect(root.getByTestId('crossings-bypass')).toHaveText('0');

    await root.getByRole('button', {name: 'Kernel path', exact: true}).click();
    await expect(live).toContainText('copies the message');
    expect(await activeLayers(page)).toEqual(['kernel']);
    await expect(root.getByTestId('crossings-kernel')).toHaveText('1');
    await expect(root.locator('[data-path=bypass]')).toBeHidden();

    await root.getByTestId('step-prev').click();
    await expect(live).toContainText('Step 3 of 8');
    expect(await activeLayers(page)).toEqual(['user']);
    expect(problems).toEqual([]);
  });

  test('arrow keys step when the diagram has focus, and the URL state is restored', async ({page}) => {
    const root = await openDiagram(page, '?view=bypass&step=4');
    const live = root.getByTestId('step-text');
    await expect(live).toContainText('Step 4 of 8');
    const figure = root.getByTestId('os-bypass-figure');
    await figure.focus();
    await page.keyboard.press('ArrowRight');
    await expect(live).toContainText('Step 5 of 8');
    await expect(live).toContainText('reads the message');
    expect(await activeLayers(page)).toEqual(['hardware']);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(live).toContainText('Step 3 of 8');
    await page.keyboard.press('End');
    await expect(live).toContainText('Step 8 of 8');
    await page.keyboard.press('Home');
    await expect(live).toContainText('Step 1 of 8');
    expect(await activeLayers(page)).toEqual(['kernel']);
    await expect(page).toHaveURL(/[?&]view=bypass$/);
  });

  test('ignores a bad step in the URL with a visible notice', async ({page}) => {
    const root = await openDiagram(page, '?step=99');
    await expect(root.getByTestId('param-notice')).toContainText('step');
    await expect(root.getByTestId('step-text')).toContainText('Step 1 of 8');
  });

  test('Play animates when motion is allowed', async ({page}) => {
    const root = await openDiagram(page);
    await root.getByTestId('step-play').click();
    await expect(root.getByTestId('os-bypass-figure')).toHaveAttribute('data-animated', 'true');
    await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
    await root.getByTestId('step-play').click();
  });

  test.describe('with prefers-reduced-motion', () => {
    test.use({reducedMotion: 'reduce'});

    test('Play only advances the steps: no CSS or JS animation', async ({page}) => {
      await page.addInitScript(() => {
        const w = window as unknown as {__raf: number};
        w.__raf = 0;
        const original = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (cb) => {
          w.__raf++;
          return original(cb);
        };
      });
      const root = await openDiagram(page);
      const figure = root.getByTestId('os-bypass-figure');
      await page.evaluate(() => ((window as unknown as {__raf: number}).__raf = 0));
      await root.getByTestId('step-play').click();
      await expect(root.getByTestId('step-play')).toHaveText('Pause');
      await expect(root.getByTestId('step-text')).toContainText('Step 2 of 8', {timeout: 6000});
      await expect(figure).not.toHaveAttribute('data-animated');
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
      const transition = await figure
        .locator('[data-active] rect')
        .first()
        .evaluate((el) => getComputedStyle(el).transitionDuration);
      // 0s, or the near-zero duration of a global reduced-motion reset: nothing visibly transitions.
      expect(Math.max(...transition.split(',').map((t) => parseFloat(t)))).toBeLessThanOrEqual(0.001);
      expect(await page.evaluate(() => (window as unknown as {__raf: number}).__raf)).toBe(0);
      await root.getByTestId('step-play').click();
    });
  });
});

test.describe('JavaScript disabled', () => {
  test.use({javaScriptEnabled: false});

  test('the OS-bypass page has both paths, and the step lists', async ({page}) => {
    await page.goto(url('docs/os-bypass'));
    const root = page.getByTestId('os-bypass-diagram');
    for (const label of [
      'Kernel TCP/IP stack',
      'ENA driver',
      'SR-IOV virtual function',
      'Libfabric efa provider',
      'aws-ofi-nccl',
      'EFA kernel driver',
      'SRD on the AWS network',
    ]) {
      await expect(root.locator('svg').getByText(label).first()).toBeAttached();
    }
    await expect(root.locator('svg title')).toHaveCount(1);
    await expect(root.locator('svg desc')).toHaveCount(1);
    await expect(root.locator('ol > li')).toHaveCount(16);
    await expect(root.locator('ol').first()).toBeVisible();
  });
});

test('hydration does not resize the diagrams (no layout shift)', async ({browser}) => {
  const sizes = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({javaScriptEnabled, viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await page.goto(url('docs/os-bypass'));
    if (javaScriptEnabled) {
      await waitForHydration(page);
      await activateIslands(page);
      await expect(page.getByTestId('os-bypass-diagram')).toHaveAttribute('data-ready', 'true');
    }
    const size = async (testId: string) => {
      const box = await page.getByTestId(testId).first().boundingBox();
      return box && {width: Math.round(box.width), height: Math.round(box.height)};
    };
    const result = {figure: await size('os-bypass-figure')};
    await context.close();
    return result;
  };
  const withoutJs = await sizes(false);
  expect(withoutJs.figure!.height).toBeGreaterThan(200);
  expect(await sizes(true)).toEqual(withoutJs);
});

test.describe('EfaSoftwareStack', () => {
  test('a click (or tap) on a layer shows what it is, with its glossary link; efa-only drops the ENA side', async ({page}) => {
    await page.goto(url('docs/efa'));
    await waitForHydration(page);
    await activateIslands(page);
    const stack = page.getByTestId('efa-stack');
    await expect(stack).toHaveAttribute('data-ready', 'true');
    const info = stack.getByTestId('efa-stack-info');
    const nccl = stack.getByRole('button', {name: 'NCCL + aws-ofi-nccl'});
    await nccl.click();
    await expect(nccl).toHaveAttribute('aria-pressed', 'true');
    await expect(info).toContainText('aws-ofi-nccl plugin');
    await expect(info.getByRole('link')).toHaveAttribute('href', /\/docs\/reference\/glossary#aws-ofi-nccl$/);
    // The page did not navigate: the description is on screen, the glossary is a separate link.
    await expect(page).toHaveURL(/\/docs\/efa\?layer=nccl/);
    await stack.getByRole('button', {name: /rdma-core/}).press('Enter');
    await expect(info).toContainText('verbs library');
    await expect(info.getByRole('link')).toHaveAttribute('href', /#rdma-core$/);

    const side = stack.getByTestId('ena-side');
    await expect(side.getByRole('button', {name: 'ENA device'})).toBeVisible();
    await stack.getByRole('button', {name: /efa-only/}).click();
    await expect(side.getByRole('button', {name: 'ENA device'})).toHaveCount(0);
    await expect(side).toContainText('no ENA device and no IP address');
  });

  test('on a phone, tapping a layer shows its description', async ({browser}) => {
    const context = await browser.newContext({viewport: {width: 375, height: 812}, hasTouch: true, isMobile: true});
    const page = await context.newPage();
    await page.goto(url('docs/efa'));
    await waitForHydration(page);
    const stack = page.getByTestId('efa-stack');
    await stack.scrollIntoViewIfNeeded();
    await expect(islandOf(stack)).toHaveAttribute('data-island', 'live');
    await stack.getByRole('button', {name: /rdma-core/}).tap();
    await expect(stack.getByTestId('efa-stack-info')).toContainText('verbs library');
    await expect(page).toHaveURL(/\/docs\/efa\?layer=/);
    await context.close();
  });

  test('goes live without moving anything on the page', async ({page}) => {
    await expectQuietGoLive(page, 'docs/efa', 'efa-software-stack', page.getByTestId('efa-stack'));
  });

  test('a layer tapped before the code arrives is shown once it is live', async ({page}) => {
    const release = await openHeld(page, 'docs/efa', 'efa-software-stack');
    const stack = page.getByTestId('efa-stack');
    await stack.scrollIntoViewIfNeeded();
    await expect(islandOf(stack)).toHaveAttribute('data-island', 'static');
    await stack.getByRole('button', {name: /rdma-core/}).click();
    await expect(page).toHaveURL(/layer=rdma-core/);
    release();
    await expect(islandOf(page.getByTestId('efa-stack'))).toHaveAttribute('data-island', 'live');
    await expect(page.getByTestId('efa-stack-info')).toContainText('verbs library');
    await expect(page.getByTestId('efa-stack').getByRole('button', {name: /rdma-core/})).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('OsBypassDiagram single-path views', () => {
  for (const view of ['bypass', 'kernel'] as const) {
    test(`the ${view} view has no empty column and no ▶ marker over a label, at every step`, async ({page}) => {
      const root = await openDiagram(page, `?view=${view}`);
      const figure = root.getByTestId('os-bypass-figure');
      for (let step = 1; step <= 8; step++) {
        const problems = await figure.evaluate((el) => {
          const svg = el.querySelector('svg')!.getBoundingClientRect();
          const shown = Array.from(el.querySelectorAll('[data-path]')).filter((g) => g.getClientRects().length > 0);
          const out: string[] = [];
          if (shown.length !== 1) out.push(`${shown.length} paths drawn`);
          const box = shown[0]!.getBoundingClientRect();
          const centre = (box.left + box.width / 2 - svg.left) / svg.width;
          if (centre < 0.45 || centre > 0.75) out.push(`path centred at ${centre.toFixed(2)} of the width`);
          const marks = Array.from(shown[0]!.querySelectorAll('[data-active] > text')).filter((t) => t.textContent === '▶');
          const labels = Array.from(shown[0]!.querySelectorAll('text')).filter((t) => t.textContent !== '▶');
          for (const m of marks) {
            const a = m.getBoundingClientRect();
            for (const l of labels) {
              const b = l.getBoundingClientRect();
              if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`▶ overlaps “${l.textContent}”`);
            }
          }
          return out;
        });
        expect(problems, `step ${step}`).toEqual([]);
        if (step < 8) await root.getByTestId('step-next').click();
      }
    });
  }
});

test.describe('OsBypassDiagram going live', () => {
  // /docs/os-bypass opens with the stepper, so the "far below the fold" case is
  // checked with the EFA software stack, which sits far down /docs/efa.
  test('a tool far below the fold loads no code until the reader scrolls near it', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    const requested: string[] = [];
    page.on('request', (r) => {
      if (/\/tool-efa-software-stack\.[^/]*\.js$/.test(r.url())) requested.push(r.url());
    });
    await page.goto(url('docs/efa'));
    await waitForHydration(page);
    const root = page.getByTestId('efa-stack');
    const top = await root.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top, 'the stack must start well below the fold for this test').toBeGreaterThan(800 + 600);
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    await root.scrollIntoViewIfNeeded();
    await expect(islandOf(root)).toHaveAttribute('data-island', 'live');
    expect(requested.length).toBe(1);
  });

  test('goes live without moving anything on the page', async ({page}) => {
    await expectQuietGoLive(page, 'docs/os-bypass', 'os-bypass-diagram', page.getByTestId('os-bypass-diagram'));
  });

  test('Next and a view pressed before the code arrives are applied by the live diagram', async ({page}) => {
    const release = await openHeld(page, 'docs/os-bypass', 'os-bypass-diagram');
    const root = page.getByTestId('os-bypass-diagram');
    await root.scrollIntoViewIfNeeded();
    await expect(islandOf(root)).toHaveAttribute('data-island', 'static');
    await root.getByTestId('step-next').click();
    await expect(page).toHaveURL(/step=2/);
    release();
    await expect(islandOf(page.getByTestId('os-bypass-diagram'))).toHaveAttribute('data-island', 'live');
    await expect(page.getByTestId('step-text')).toContainText('Step 2 of 8');
    await page.getByTestId('os-bypass-diagram').getByRole('button', {name: 'OS-bypass path'}).click();
    await expect(page).toHaveURL(/[?&]view=bypass&step=2$/);
  });
});

// The pages' default state is checked in both themes by sitemap.spec.ts; here, the states a reader reaches.
test('axe: no violations in the diagrams after stepping and switching, in both themes', async ({page}) => {
  for (const [rel, tool, act] of [
    [
      'docs/os-bypass?view=both&step=4',
      'os-bypass-diagram',
      async () => {
        await page.getByTestId('step-next').click();
      },
    ],
    [
      'docs/efa',
      'efa-stack',
      async () => {
        await page
          .getByTestId('efa-stack')
          .getByRole('button', {name: /efa-only/})
          .click();
      },
    ],
  ] as const) {
    await page.goto(url(rel));
    await waitForHydration(page);
    await activateIslands(page);
    await act();
    await expectAxeClean(page, `[data-testid="${tool}"]`);
  }
});

test('every drawing opens full screen and closes with Escape, focus back on its button', async ({page}) => {
  const problems = watchConsole(page);
  for (const [rel, name] of [
    ['', 'ENI, ENA and EFA as layers'],
    ['docs/os-bypass', 'stepped diagram of one message'],
    ['docs/efa', 'The EFA software stack'],
    ['docs/tools/efa-layout', 'The interface layout per network card'],
  ] as const) {
    await page.goto(url(rel));
    await waitForHydration(page);
    await activateIslands(page);
    const open = page.getByRole('button', {name: `Full screen: ${name}`});
    await open.click();
    const dialog = page.getByRole('dialog', {name});
    await expect(dialog, rel).toBeVisible();
    const box = (await dialog.boundingBox())!;
    const view = page.viewportSize()!;
    expect([box.x, box.y, box.width, box.height], rel).toEqual([0, 0, view.width, view.height]);
    await page.keyboard.press('Escape');
    await expect(dialog, rel).toHaveCount(0);
    await expect(page.getByRole('button', {name: `Full screen: ${name}`}), rel).toBeFocused();
  }
  expect(problems).toEqual([]);
});
