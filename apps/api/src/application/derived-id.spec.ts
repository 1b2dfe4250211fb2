import { creationId, derivedId } from './derived-id';

describe('derivedId', () => {
  it('gives the UUID version 5 of RFC 9562 (the DNS namespace and www.example.com)', () => {
    expect(derivedId('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('gives the same id for the same pair and another for another name or namespace', () => {
    const round = '0b8f2a52-3f5e-4f8e-9a44-1c2d3e4f5a6b';
    const society = '5d1c0a8e-2b7f-4c3d-8e9f-0a1b2c3d4e5f';
    expect(derivedId(round, society)).toBe(derivedId(round, society));
    expect(derivedId(round, society)).not.toBe(derivedId(society, round));
    expect(derivedId(round, society)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => derivedId('round-1', 'x')).toThrow('not a UUID');
  });

  it('names a keyed creation the same on every retry, per caller and kind, and an unkeyed one afresh', () => {
    const keyed = { actor: 'office', idempotencyKey: 'k1' };
    expect(creationId('society', keyed)).toBe(creationId('society', { ...keyed }));
    expect(creationId('society', keyed)).not.toBe(creationId('member', keyed));
    expect(creationId('society', keyed)).not.toBe(
      creationId('society', { ...keyed, actor: 'liaison' }),
    );
    const unkeyed = { actor: 'office', idempotencyKey: null };
    expect(creationId('society', unkeyed)).not.toBe(creationId('society', unkeyed));
  });
});
