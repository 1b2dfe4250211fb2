import { sniffMediaType } from './media-type';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const heif = (brand: string) => ascii(`\0\0\0\x18ftyp${brand}\0\0\0\0`);

describe('sniffMediaType', () => {
  it('knows JPEG, PNG and PDF by their first bytes', () => {
    expect(sniffMediaType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffMediaType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      'image/png',
    );
    expect(sniffMediaType(ascii('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it.each(['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'])(
    'knows a HEIF image of brand %s by its ftyp box',
    (brand) => expect(sniffMediaType(heif(brand))).toBe('image/heic'),
  );

  it('refuses other ISO-BMFF files, such as an MP4 video', () => {
    expect(sniffMediaType(heif('isom'))).toBeNull();
    expect(sniffMediaType(heif('mp42'))).toBeNull();
  });

  it('refuses text whatever it is called, and a signature cut short', () => {
    expect(sniffMediaType(ascii('hello, this is not a photo'))).toBeNull();
    expect(sniffMediaType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffMediaType(ascii('%PDF'))).toBeNull();
    expect(sniffMediaType(bytes())).toBeNull();
  });
});
