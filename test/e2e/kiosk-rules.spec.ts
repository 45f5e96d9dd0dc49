/** Partial and blank ballots under each rule of the election definition. */
import { expect, test } from '@playwright/test';
import {
  ballotCount,
  kioskPage,
  openBox,
  shot,
  storedRankings,
  theme,
  type OpenBox,
} from './kiosk-helpers';

let box: OpenBox | undefined;
test.afterEach(async () => {
  await box?.host.stop();
  box = undefined;
});

test('full ranking required, no blank: continue explains why it is disabled', async ({
  browser,
}) => {
  box = await openBox({ rules: { minRanked: 4, allowBlank: false } });
  const page = await kioskPage(browser, box.host.url);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('button', { name: 'Je ne souhaite pas classer' })).toHaveCount(0);
  const next = page.getByRole('button', { name: 'Vérifier mon vote' });
  await expect(next).toBeDisabled();
  await expect(next).toHaveAccessibleDescription(
    'Pour continuer, classez encore 4 thèmes : au moins 4 sont demandés.',
  );
  await theme(page, 'accompagnement').click();
  await theme(page, 'projet-politique').click();
  await theme(page, 'place-salaries').click();
  await expect(next).toBeDisabled();
  await expect(page.getByText('classez encore 1 thème : au moins 4')).toBeVisible();
  await shot(page, 'rank-disabled-reason');
  // Enter from the keyboard says why instead of continuing.
  await theme(page, 'accompagnement').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[aria-live="polite"]')).toContainText(
    'classez encore 1 thème : au moins 4',
  );
  await theme(page, 'horizon-post-crise').click();
  await expect(next).toBeEnabled();
  await next.click();
  await expect(page.getByText('Thèmes que vous n’avez pas classés')).toHaveCount(0);
  await page.getByRole('button', { name: 'Je confirme mon vote' }).click();
  await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  expect(storedRankings(box.host.dataDir)[0]?.ranking).toHaveLength(4);
});

test('at least 2 ranked, blank allowed: partial ballot with the unranked themes explained', async ({
  browser,
}) => {
  box = await openBox({ rules: { minRanked: 2, allowBlank: true } });
  const page = await kioskPage(browser, box.host.url);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await theme(page, 'place-salaries').click();
  const next = page.getByRole('button', { name: 'Vérifier mon vote' });
  await expect(next).toBeDisabled();
  await expect(next).toHaveAccessibleDescription(/ou touchez « Je ne souhaite pas classer »/);
  // The blank button appears only while nothing is ranked.
  await expect(page.getByRole('button', { name: 'Je ne souhaite pas classer' })).toHaveCount(0);
  await theme(page, 'projet-politique').click();
  await next.click();
  const unranked = page.getByRole('region', { name: 'Thèmes que vous n’avez pas classés' });
  await expect(unranked).toContainText('L’accompagnement');
  await expect(unranked).toContainText('Un nouvel horizon post-crise sanitaire');
  await expect(unranked).toContainText('Ils comptent après tous vos thèmes classés');
  await shot(page, 'review-partial');
  await page.getByRole('button', { name: 'Je confirme mon vote' }).click();
  await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  expect(storedRankings(box.host.dataDir).map((b) => b.ranking)).toEqual([
    ['place-salaries', 'projet-politique'],
  ]);
});

test('blank ballot when allowed: "Je ne souhaite pas classer" records an empty ranking', async ({
  browser,
}) => {
  box = await openBox({ rules: { minRanked: 1, allowBlank: true } });
  const page = await kioskPage(browser, box.host.url);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('button', { name: 'Vérifier mon vote' })).toBeDisabled();
  await page.getByRole('button', { name: 'Je ne souhaite pas classer' }).click();
  await expect(page.getByText('Vous votez blanc')).toBeVisible();
  await shot(page, 'review-blank');
  await page.getByRole('button', { name: 'Je confirme mon vote' }).click();
  await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  expect(storedRankings(box.host.dataDir).map((b) => b.ranking)).toEqual([[]]);
});

test('blank not allowed: no blank button, and a single ranked theme is enough at k = 1', async ({
  browser,
}) => {
  box = await openBox({ rules: { minRanked: 1, allowBlank: false } });
  const page = await kioskPage(browser, box.host.url);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('button', { name: 'Je ne souhaite pas classer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vérifier mon vote' })).toHaveAccessibleDescription(
    'Pour continuer, classez encore 1 thème : au moins 1 est demandé.',
  );
  await theme(page, 'accompagnement').click();
  await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
  await page.getByRole('button', { name: 'Je confirme mon vote' }).click();
  await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  expect(await ballotCount(box)).toBe(1);
});
