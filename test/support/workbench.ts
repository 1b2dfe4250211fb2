import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, screenshot } from './dashboard-browser';
import { call } from './http';

/** The two screens every page is tried on. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type Screen = keyof typeof VIEWPORTS;

export interface Person {
  readonly id: string;
  readonly login: string;
  readonly password: string;
  readonly displayName: string;
}

/**
 * A person invited by the office (through the API, with the office's bearer token) who
 * has set their password through the invitation: ready to sign in on a page.
 */
export async function invitedPerson(
  base: string,
  displayName: string,
  grant: { role: string; memberId?: string; societyId?: string },
): Promise<Person> {
  const login = `u${randomUUID().slice(0, 8)}`;
  const invited = await call(base, 'POST', '/accounts', { login, displayName, ...grant });
  if (invited.status !== 201) throw new Error(`invite answered ${invited.status}`);
  const password = `密码-${randomUUID().slice(0, 12)}`;
  const accepted = await call(base, 'POST', '/session/invitation', {
    token: invited.body.invitation.token,
    password,
  });
  if (accepted.status !== 201) throw new Error(`accepting answered ${accepted.status}`);
  return { id: invited.body.id, login, password, displayName };
}

/** A new page of the workbench on `screen`; a dialog fails the test (pages say all in place). */
export async function openWorkbench(browser: Browser, base: string, screen: Screen = 'desktop') {
  const page = await browser.newPage({ viewport: VIEWPORTS[screen] });
  page.on('dialog', (dialog) => {
    throw new Error(`the page opened a dialog: ${dialog.message()}`);
  });
  await page.goto(`${base}/app/`);
  return page;
}

/** Signs in through the sign-in page and waits for the home page. */
export async function signInAs(page: Page, person: Person): Promise<void> {
  await page.getByLabel('用户名').fill(person.login);
  await page.getByLabel('密码', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('heading', { name: `您好，${person.displayName}` }).waitFor();
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it stands (WCAG 2 A and AA). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }).then((r) => r.violations)`,
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** A screenshot kept with CI's artifacts, named for the flow, the step and the screen. */
export function keep(page: Page, flow: string, step: string, screen: Screen) {
  return screenshot(page, `workbench-${flow}-${step}-${screen}.png`);
}

export { ARTIFACTS };
