import { Writable } from 'node:stream';
import { startProgress, Steps } from './progress';

/** A stream that keeps what is written; `isTTY` as a terminal would set it. */
function capture(isTTY = false) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  Object.assign(stream, { isTTY, columns: 100 });
  return { stream, text: () => chunks.join('') };
}

describe('progress without a terminal', () => {
  it('prints the first line, then one at every further tenth of a known total and none in between', () => {
    const { stream, text } = capture();
    const progress = startProgress('import', 'rows', { interactive: false, stream });
    for (let done = 1; done <= 40; done++) progress.update(done, 40);
    progress.stop();
    const lines = text().trim().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('import: 1/40 rows (2 %)');
    expect(lines[1]).toBe('import: 4/40 rows (10 %)');
    expect(lines[10]).toBe('import: 40/40 rows (100 %)');
  });

  it('prints a count every five seconds while the total is unknown, and the last count at the end', () => {
    const { stream, text } = capture();
    let now = 0;
    const progress = startProgress('verify', 'commits read', {
      interactive: false,
      stream,
      now: () => now,
    });
    for (let page = 1; page <= 12; page++) {
      now = page * 1000;
      progress.update(page * 1000, null);
    }
    progress.stop();
    expect(text().trim().split('\n')).toEqual([
      'verify: 1000 commits read',
      'verify: 6000 commits read',
      'verify: 11000 commits read',
      'verify: 12000 commits read',
    ]);
  });

  it('prints nothing for a step that reported nothing, and no line twice', () => {
    const silent = capture();
    startProgress('import', 'rows', { interactive: false, stream: silent.stream }).stop();
    expect(silent.text()).toBe('');

    const once = capture();
    const progress = startProgress('verify', 'commits read', {
      interactive: false,
      stream: once.stream,
    });
    progress.update(20, null);
    progress.stop();
    expect(once.text()).toBe('verify: 20 commits read\n');
  });
});

describe('a command of several steps', () => {
  it('ends each step with its last count when the next begins', () => {
    const { stream, text } = capture();
    const steps = new Steps({ interactive: false, stream });
    steps.update('backup: copy views.sqlite', 'pages', 0, 10);
    steps.update('backup: copy views.sqlite', 'pages', 5, 10);
    steps.update('backup: copy events.sqlite', 'pages', 3, 3);
    steps.stop();
    expect(text().trim().split('\n')).toEqual([
      'backup: copy views.sqlite: 0/10 pages (0 %)',
      'backup: copy views.sqlite: 5/10 pages (50 %)',
      'backup: copy events.sqlite: 3/3 pages (100 %)',
    ]);
  });
});

describe('progress on a terminal', () => {
  it('draws a bar redrawn in place that ends at the total', () => {
    const { stream, text } = capture(true);
    const progress = startProgress('import', 'rows', { interactive: true, stream });
    progress.update(1, 4);
    progress.update(4, 4);
    progress.stop();
    expect(text()).toContain('import [');
    expect(text()).toContain('100% 4/4 rows');
    expect(text()).toContain('\u001b[');
  });

  it('counts without a bar while the total is unknown', () => {
    const { stream, text } = capture(true);
    const progress = startProgress('verify', 'commits read', { interactive: true, stream });
    progress.update(1000, null);
    progress.update(2000, null);
    progress.stop();
    expect(text()).toContain('verify 2000 commits read');
    expect(text()).not.toContain('verify [');
  });
});
