import { displayWidth } from './display-width';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['学会', 4],
    ['91110000MA01学会', 16],
    ['，。“”', 8], // Chinese punctuation
    ['Ａ１', 4], // full-width Latin
    ['\u3000', 2],
    ['𠮷', 2], // outside the BMP, one character not two
  ])('%j is %i wide', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
