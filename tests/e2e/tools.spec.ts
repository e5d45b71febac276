/**
 * The quiz and the navbar search as lazy islands: the first interaction made
 * before their code arrives still works, going live moves nothing, and the
 * two reader-visible quiz bugs stay fixed.
 */
import {test, expect, type Page} from '@playwright/test';
import {url, waitForHydration, watchConsole} from './site';
import {expectQuietGoLive, islandOf, openHeld} from './tools';

const QUIZ_PAGE = 'docs/quiz';
const quiz = (page: Page) => page.getByRole('form', {name: 'Knowledge check'});
const firstQuestion = (page: Page) => quiz(page).locator('li[id^="quiz-"]').first();
const progress = (page: Page) => page.getByTestId('quiz-progress');

test.describe('Quiz', () => {
  test('goes live without moving anything on the page', async ({page}) => {
    await expectQuietGoLive(page, QUIZ_PAGE, 'quiz', quiz(page));
  });

  test('an answer chosen and checked before the code arrives is recorded once live', async ({page}) => {
    const problems = watchConsole(page);
    const release = await openHeld(page, QUIZ_PAGE, 'quiz');
    await expect(islandOf(quiz(page))).toHaveAttribute('data-island', 'static');
    const q = firstQuestion(page);
    await q.getByRole('radio').first().check();
    await q.getByRole('button', {name: 'Check answer'}).click();
    // The form submitted the choice (?quiz-<id>=a&check=<id>); the live quiz takes it from there.
    await expect(page).toHaveURL(/check=/);
    release();
    await expect(islandOf(quiz(page))).toHaveAttribute('data-island', 'live');
    await expect(progress(page)).toHaveText(/^Answered 1 of \d+/);
    await expect(firstQuestion(page).getByTestId('quiz-status')).toHaveText(/^Your answer A is (not )?correct\.$/);
    await expect(firstQuestion(page).getByRole('radio').first()).toBeChecked();
    // The choice is kept in localStorage, not left in the URL.
    expect(new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
  });

  test('a choice made before the code arrives is still selected once live', async ({page}) => {
    const release = await openHeld(page, QUIZ_PAGE, 'quiz');
    const second = firstQuestion(page).getByRole('radio').nth(1);
    await second.check();
    release();
    await expect(islandOf(quiz(page))).toHaveAttribute('data-island', 'live');
    await expect(firstQuestion(page).getByRole('radio').nth(1)).toBeChecked();
    await expect(firstQuestion(page).getByRole('radio').nth(1)).toBeFocused();
    await firstQuestion(page).getByRole('button', {name: 'Check answer'}).click();
    await expect(firstQuestion(page).getByTestId('quiz-status')).toHaveText(/^Your answer B is (not )?correct\.$/);
  });

  test('saved progress is shown after a reload without the pointer touching the quiz', async ({page}) => {
    await page.goto(url(QUIZ_PAGE));
    await waitForHydration(page);
    const q = firstQuestion(page);
    await q.getByRole('radio').first().check();
    await q.getByRole('button', {name: 'Check answer'}).click();
    await expect(progress(page)).toHaveText(/^Answered 1 of \d+/);
    await page.reload();
    await waitForHydration(page);
    await page.mouse.move(0, 0);
    await expect(progress(page)).toHaveText(/^Answered 1 of \d+/);
  });

  test('the answer and explanation cannot be opened before the question is answered', async ({page}) => {
    await page.goto(url(QUIZ_PAGE));
    await waitForHydration(page);
    await expect(islandOf(quiz(page))).toHaveAttribute('data-island', 'live');
    const q = firstQuestion(page);
    const details = q.locator('details');
    await q.getByTestId('quiz-explanation').click();
    await expect(details).not.toHaveAttribute('open');
    await expect(q.getByTestId('quiz-status')).toContainText('check it first');
    await q.getByTestId('quiz-explanation').press('Enter');
    await expect(details).not.toHaveAttribute('open');
    await q.getByRole('radio').first().check();
    await q.getByRole('button', {name: 'Check answer'}).click();
    await expect(details).toHaveAttribute('open');
  });

  test('without JavaScript every explanation can be read', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(url(QUIZ_PAGE));
    const q = firstQuestion(page);
    await q.locator('summary').click();
    await expect(q.locator('details')).toHaveAttribute('open');
    await expect(q.locator('details')).toContainText('Correct answer');
    await context.close();
  });
});

test.describe('Search bar', () => {
  const box = (page: Page) => page.locator('.navbar__search-input').first();

  test('text typed before the search code arrives is kept, with focus, and finds results', async ({page}) => {
    const problems = watchConsole(page);
    const release = await openHeld(page, 'docs/overview', 'search');
    await expect(islandOf(box(page))).toHaveAttribute('data-island', 'static');
    await box(page).click();
    await page.keyboard.type('SR-IOV');
    release();
    await expect(islandOf(box(page))).toHaveAttribute('data-island', 'live');
    await expect(box(page)).toBeFocused();
    await expect(box(page)).toHaveValue('SR-IOV');
    await expect(page.locator('a[href*="docs/ena"]').filter({hasNotText: 'Express'}).first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('Ctrl+K focuses the search box before its code has loaded', async ({page}) => {
    const release = await openHeld(page, 'docs/overview', 'search');
    await page.keyboard.press('Control+k');
    await expect(page.locator('[data-island="static"] input[name="q"]')).toBeFocused();
    release();
    await expect(islandOf(box(page))).toHaveAttribute('data-island', 'live');
    await expect(box(page)).toBeFocused();
  });

  test('without JavaScript the search box is a form that opens the search page', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(url('docs/overview'));
    await box(page).fill('efa-only');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\?q=efa-only$/);
    await context.close();
  });

  test('going live moves nothing in the navbar', async ({page}) => {
    await expectQuietGoLive(page, 'docs/overview', 'search', box(page), () => box(page).hover());
  });
});
