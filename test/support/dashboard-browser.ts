import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../../apps/api/src/bootstrap';
import { TEST_JWT_SECRET } from './auth';

/** Where the page suites leave their screenshots and downloads. */
export const ARTIFACTS = join(__dirname, '..', '..', '.cache', 'artifacts');

/** Debian's chromium, or the browser CHROMIUM_PATH names. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

/** An embedded api with a store of its own, and a headless chromium to look at it. */
export async function startDashboard(name: string): Promise<{ api: Api; browser: Browser }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const api = await startApi(
    loadConfig({
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      DATA_DIR: mkdtempSync(join(tmpdir(), `pb-${name}-`)),
      PORT: '0',
    }),
    { logger: false },
  );
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  return { api, browser };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A full-page screenshot in the artifacts; answers the PNG's width and height. */
export async function screenshot(
  page: Page,
  name: string,
): Promise<{ path: string; bytes: number; width: number; height: number }> {
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path, fullPage: true });
  const png = readFileSync(path);
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  return { path, bytes: png.length, width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The texts of the cells of a table's body, row by row. */
export const cellTexts = (page: Page, table: string) =>
  page
    .locator(`${table} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent)),
    );

/** Whether the page is no wider than the screen (wide tables scroll inside their box). */
export const fitsTheScreen = async (page: Page): Promise<boolean> =>
  (await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')) === true;

/** The value (`dd`) of every figure a list holds, by its `attribute` (data-figure, …). */
export const figureTexts = async (
  page: Page,
  list: string,
  attribute: string,
): Promise<Record<string, string | null>> =>
  Object.fromEntries(
    await page
      .locator(`${list} [${attribute}]`)
      .evaluateAll(
        (nodes, name) =>
          nodes.map((n) => [n.getAttribute(name), n.querySelector('dd')!.textContent]),
        attribute,
      ),
  );
