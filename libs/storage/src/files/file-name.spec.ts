import { FILE_NAME_MAX, inlineDisposition, sanitiseFileName, UNNAMED } from './file-name';

describe('sanitiseFileName', () => {
  it('keeps a Chinese name as it is', () => {
    expect(sanitiseFileName('宣讲现场照片 2026-03-01.jpg')).toBe('宣讲现场照片 2026-03-01.jpg');
  });

  it('keeps only the last segment of a client path', () => {
    expect(sanitiseFileName('C:\\Users\\张三\\签到表.pdf')).toBe('签到表.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
  });

  it('drops control and direction characters and replaces header and shell ones', () => {
    expect(sanitiseFileName('a\u0000b\r\n\u202egpj.exe')).toBe('abgpj.exe');
    expect(sanitiseFileName('x"y;z<1>.png')).toBe('x_y_z_1_.png');
  });

  it('names an empty or dot-only name "file"', () => {
    expect(sanitiseFileName('')).toBe(UNNAMED);
    expect(sanitiseFileName(undefined)).toBe(UNNAMED);
    expect(sanitiseFileName('...')).toBe(UNNAMED);
    expect(sanitiseFileName('.hidden.pdf')).toBe('hidden.pdf');
  });

  it('cuts a long name to the limit, keeping its extension', () => {
    const name = sanitiseFileName(`${'照'.repeat(300)}.jpeg`);
    expect([...name]).toHaveLength(FILE_NAME_MAX);
    expect(name.endsWith('照.jpeg')).toBe(true);
  });
});

describe('inlineDisposition', () => {
  it('writes the UTF-8 name percent-encoded beside an ASCII fallback', () => {
    expect(inlineDisposition("签到表 (1)'.pdf")).toBe(
      `inline; filename="___ (1)'.pdf"; filename*=UTF-8''%E7%AD%BE%E5%88%B0%E8%A1%A8%20%281%29%27.pdf`,
    );
  });
});
