import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { embeddedFiles } from '../embedded-files';
import { EVIDENCE_PATH } from './backup-manifest';

/**
 * The evidence files under `dataDir`, each by its path relative to it (`files/ab/<sha256>`,
 * `<sha256>.json`, `<sha256>.by/<uploader>`), in a stable order. What is not laid out
 * so, the uploads still being received in `files/.tmp` among it, is not a stored file.
 */
export function evidenceFiles(dataDir: string): string[] {
  const root = embeddedFiles(dataDir).evidence;
  if (!existsSync(root)) return [];
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(relative(dataDir, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.filter((path) => EVIDENCE_PATH.test(path));
}

/**
 * Copies the evidence files of `from` into `to`, path for path; `onFile` is told how many
 * are done. Returns the paths copied.
 */
export function copyEvidence(
  from: string,
  to: string,
  onFile: (done: number, total: number) => void,
): string[] {
  const paths = evidenceFiles(from);
  paths.forEach((path, i) => {
    const target = join(to, path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(from, path), target);
    onFile(i + 1, paths.length);
  });
  return paths;
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
