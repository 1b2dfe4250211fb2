/**
 * Node's TextEncoder only writes UTF-8, so specs encode GB18030 themselves: every
 * two-byte code (lead 81–FE, trail 40–7E or 80–FE) is decoded once with Node's own
 * GB18030 decoder, and the table is read backwards. That covers every Chinese
 * character in GBK, which is what Excel writes in China. Checked against known bytes
 * in the spec (学会 is D1A7 BBE1), so a table that agrees with itself but not with
 * GB18030 would fail.
 */
let table: Map<string, number> | undefined;

function twoByteCodes(): Map<string, number> {
  if (table !== undefined) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if ([...char].length === 1 && char !== '\ufffd' && !table.has(char))
        table.set(char, (lead << 8) | trail);
    }
  return table;
}

export function encodeGb18030(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = twoByteCodes().get(char);
    if (pair === undefined) throw new Error(`no two-byte GB18030 code for ${char}`);
    bytes.push(pair >> 8, pair & 0xff);
  }
  return Buffer.from(bytes);
}
