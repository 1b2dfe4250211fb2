import { ReportInputIncomplete } from './report-input-incomplete';
import { computedLive, ReportViewsBehind } from './report-views-behind';

describe('computedLive', () => {
  it('answers the computation when the views hold every record it names', () => {
    expect(computedLive(() => 42)).toBe(42);
  });

  it('turns views that lack a named society into a retryable refusal', () => {
    const lagging = () => {
      throw new ReportInputIncomplete(['s9'], [], 'the round’s ratings');
    };
    expect(() => computedLive(lagging)).toThrow(ReportViewsBehind);
    expect(() => computedLive(lagging)).toThrow(
      expect.objectContaining({ code: 'REPORT.VIEWS_BEHIND', kind: 'unavailable' }),
    );
  });

  it('lets any other failure through as it is', () => {
    const broken = () => {
      throw new RangeError('Mars/Olympus');
    };
    expect(() => computedLive(broken)).toThrow(RangeError);
  });
});
