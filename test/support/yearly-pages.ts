import type { Page } from 'playwright-core';
import { fitsTheScreen } from './dashboard-browser';
import { keep, seriousViolations, type Screen } from './workbench';

/** Today in the federation's zone: what the suites record is held, visited or due from it. */
export const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
  new Date(),
);
export const YEAR = Number(TODAY.slice(0, 4));

/** Every page is looked at: a screenshot for CI, no serious accessibility violation, no sideways scroll. */
export async function looked(page: Page, flow: string, step: string, screen: Screen) {
  await keep(page, flow, step, screen);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await fitsTheScreen(page)).toBe(true);
}

/** Opens a section of the workbench from its navigation. */
export const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '功能栏目' }).getByRole('link', { name }).click();
