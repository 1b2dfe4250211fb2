import { requestHashOf } from './command-headers';

const request = (body: unknown) => ({
  method: 'PUT',
  url: '/life-requirements/2026',
  routeOptions: { url: '/life-requirements/:year' },
  params: { year: '2026' },
  body,
});

describe('requestHashOf', () => {
  it('hashes the same request the same whatever its key order', () => {
    expect(requestHashOf(request({ a: 1, b: [2, 3] }))).toBe(
      requestHashOf(request({ b: [2, 3], a: 1 })),
    );
    expect(requestHashOf(request({ a: 1 }))).not.toBe(requestHashOf(request({ a: 2 })));
  });

  it('hashes a body holding a number out of range (1e999) instead of failing', () => {
    const hash = requestHashOf(request(JSON.parse('{"blackListSize":1e999}')));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
