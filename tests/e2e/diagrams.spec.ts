/**
 * The OS-bypass diagram, the EFA software stack and build-time Mermaid:
 * stepping (buttons and keys), reduced motion, JavaScript off, no Mermaid
 * code on pages that do not need it, and axe in both themes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {test, expect, type Page, type Response} from '@playwright/test';
import {BUILD_DIR, axeViolations, setTheme, sitemapPaths, url, waitForHydration, watchConsole, activateIslands} from './site';
import {checkCache, mermaidBlocks} from '../../src/lib/mermaidCache';
import {installedMermaidVersion, readEntry} from '../../src/lib/mermaidCacheFs';
import {formatKB} from '../../scripts/lib/perf';

const DOCS = path.resolve(__dirname, '../../docs');
/** Strings only Mermaid's bundled code contains (core and its Langium parser). */
const MERMAID_MARKERS = ['mermaid-js/mermaid', 'fileExtensions:[".mmd",".mermaid"]'];

function sourceOf(relPath: string): string | null {
  const m = /^docs\/(.+)$/.exec(relPath.replace(/\/$/, ''));
  if (!m) return null;
  for (const ext of ['.mdx', '.md']) {
    const file = path.join(DOCS, `${m[1]}${ext}`);
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  return null;
}

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
      const transition = await figure.locator('[data-active] rect').first().evaluate((el) => getComputedStyle(el).transitionDuration);
      // 0s, or the near-zero duration of a global reduced-motion reset: nothing visibly transitions.
      expect(Math.max(...transition.split(',').map((t) => parseFloat(t)))).toBeLessThanOrEqual(0.001);
      expect(await page.evaluate(() => (window as unknown as {__raf: number}).__raf)).toBe(0);
      await root.getByTestId('step-play').click();
    });
  });
});

test.describe('JavaScript disabled', () => {
  test.use({javaScriptEnabled: false});

  test('the OS-bypass page has both paths, the step lists and every Mermaid diagram as SVG', async ({page}) => {
    await page.goto(url('docs/os-bypass'));
    const root = page.getByTestId('os-bypass-diagram');
    for (const label of [
      'Kernel TCP/IP stack',
      'ENA driver',
      'SR-IOV virtual function',
      'Libfabric efa provider',
      'aws-ofi-nccl',
      'EFA kernel driver: set-up only',
      'SRD on the AWS network',
    ]) {
      await expect(root.locator('svg').getByText(label).first()).toBeAttached();
    }
    await expect(root.locator('svg title')).toHaveCount(1);
    await expect(root.locator('svg desc')).toHaveCount(1);
    await expect(root.locator('ol > li')).toHaveCount(16);
    await expect(root.locator('ol').first()).toBeVisible();

    const blocks = mermaidBlocks(sourceOf('docs/os-bypass')!);
    expect(blocks.length).toBeGreaterThan(0);
    const diagrams = page.getByTestId('mermaid-diagram');
    await expect(diagrams).toHaveCount(blocks.length);
    for (const d of await diagrams.all()) {
      await expect(d.locator('[role=img]')).toHaveAttribute('aria-label', /\S{3,}/);
      await expect(d.locator('svg[id$="-light"]')).toHaveCount(1);
      await expect(d.locator('svg[id$="-dark"]')).toHaveCount(1);
      await expect(d.locator('svg[id$="-light"]')).toBeVisible();
    }
  });

  test('every docs page shows its Mermaid blocks as SVG', async ({page}) => {
    for (const rel of sitemapPaths()) {
      const src = sourceOf(rel);
      const n = src ? mermaidBlocks(src).length : 0;
      if (n === 0) continue;
      await page.goto(url(rel));
      await expect(page.getByTestId('mermaid-diagram'), rel).toHaveCount(n);
    }
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
    const result = {figure: await size('os-bypass-figure'), mermaid: await size('mermaid-diagram')};
    await context.close();
    return result;
  };
  const withoutJs = await sizes(false);
  expect(withoutJs.figure!.height).toBeGreaterThan(200);
  expect(await sizes(true)).toEqual(withoutJs);
});

test.describe('Mermaid costs nothing where unused', () => {
  test('the marker strings really identify Mermaid chunks in this build', () => {
    const dir = path.join(BUILD_DIR, 'assets/js');
    const withMermaid = fs.readdirSync(dir).filter((f) => {
      const body = fs.readFileSync(path.join(dir, f), 'utf8');
      return MERMAID_MARKERS.some((m) => body.includes(m));
    });
    expect(withMermaid.length).toBeGreaterThan(0);
  });

  test('pages whose diagrams are all cached download no Mermaid JS at first load', async ({browser}) => {
    test.setTimeout(180_000);
    const version = installedMermaidVersion();
    const sizes: string[] = [];
    for (const rel of sitemapPaths()) {
      const src = sourceOf(rel);
      const blocks = src ? mermaidBlocks(src) : [];
      // A block missing from the cache falls back to client rendering (the unit test fails then).
      if (checkCache(blocks, version, (k) => readEntry(k)).length > 0) continue;
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts: Response[] = [];
      // <link rel=prefetch> requests have resource type "other": only scripts the page runs count.
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.push(r);
      });
      await page.goto(url(rel), {waitUntil: 'networkidle'});
      let bytes = 0;
      for (const r of scripts) {
        bytes += Number(r.headers()['content-length'] ?? 0);
        const body = await r.text();
        for (const marker of MERMAID_MARKERS) expect(body.includes(marker), `${rel}: ${r.url()} contains Mermaid code`).toBe(false);
      }
      sizes.push(`/${rel}: ${formatKB(bytes)} KB gzip JS (${blocks.length} cached diagram(s))`);
      await context.close();
    }
    test.info().annotations.push({type: 'gzip JS per page', description: sizes.join('; ')});
    expect(sizes.length).toBeGreaterThan(1);
  });
});

test.describe('EfaSoftwareStack', () => {
  test('focus and hover show what a layer is, with its glossary link; efa-only drops the ENA side', async ({page}) => {
    await page.goto(url('docs/efa'));
    await waitForHydration(page);
  await activateIslands(page);
    const stack = page.getByTestId('efa-stack');
    await expect(stack).toHaveAttribute('data-ready', 'true');
    const info = stack.getByTestId('efa-stack-info');
    await stack.getByRole('link', {name: 'NCCL + aws-ofi-nccl'}).focus();
    await expect(info).toContainText('aws-ofi-nccl plugin');
    await expect(info.getByRole('link')).toHaveAttribute('href', /\/docs\/reference\/glossary#aws-ofi-nccl$/);
    await stack.getByRole('link', {name: /rdma-core/}).hover();
    await expect(info).toContainText('verbs library');
    await expect(info.getByRole('link')).toHaveAttribute('href', /#rdma-core$/);

    const side = stack.getByTestId('ena-side');
    await expect(side.getByRole('link', {name: 'ENA device'})).toBeVisible();
    await stack.getByRole('button', {name: /efa-only/}).click();
    await expect(side.getByRole('link', {name: 'ENA device'})).toHaveCount(0);
    await expect(side).toContainText('no ENA device and no IP address');
  });
});

test.describe('axe', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`no violations on the diagram pages in ${theme} mode`, async ({page}) => {
      for (const [rel, act] of [
        ['docs/os-bypass?view=both&step=4', async () => {
          await page.getByTestId('step-next').click();
        }],
        ['docs/efa', async () => {
          await page.getByTestId('efa-stack').getByRole('button', {name: /efa-only/}).click();
        }],
      ] as const) {
        await page.goto(url(rel));
        await waitForHydration(page);
  await activateIslands(page);
        await setTheme(page, theme);
        expect(await axeViolations(page), `${rel} ${theme}`).toEqual([]);
        await act();
        expect(await axeViolations(page), `${rel} ${theme} after interaction`).toEqual([]);
      }
    });
  }
});
