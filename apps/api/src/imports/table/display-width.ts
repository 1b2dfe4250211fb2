/**
 * How wide text looks in a spreadsheet column, in Excel's width unit (about one Latin
 * character): Chinese characters and other full-width forms take two.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) as number) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2018 && code <= 0x201f) || // curly quotes: ambiguous, but Chinese fonts draw them wide
    code === 0x2026 || // …, likewise
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi, incl. CJK punctuation and ideographs
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) // CJK extension B and beyond
  );
}
