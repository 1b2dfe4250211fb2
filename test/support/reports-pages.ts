import type { Browser, Page } from 'playwright-core';
import { fitsTheScreen } from './dashboard-browser';
import {
  keep,
  openWorkbench,
  seriousViolations,
  signInAs,
  type Person,
  type Screen,
} from './workbench';

/**
 * A new page of the workbench on `screen`, signed in as `person` (the office or an
 * auditor), on the report at `path` (/reports, /reports/star-rating?round=…).
 */
export async function openReports(
  browser: Browser,
  base: string,
  person: Person,
  path: string,
  screen: Screen = 'desktop',
): Promise<Page> {
  const page = await openWorkbench(browser, base, screen);
  await signInAs(page, person);
  await page.goto(`${base}/app/#${path}`);
  await page.getByRole('heading', { name: '报表看板', level: 1 }).waitFor();
  return page;
}

/**
 * A report page as it stands: kept with CI's artifacts, no serious accessibility
 * violation, and no wider than the screen (wide tables scroll inside their box).
 */
export async function lookAtReport(page: Page, step: string, screen: Screen) {
  const shot = await keep(page, 'reports', step, screen);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await fitsTheScreen(page)).toBe(true);
  return shot;
}
