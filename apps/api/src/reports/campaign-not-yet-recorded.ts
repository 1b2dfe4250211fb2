import { NotFound } from '@pb/domain';
import type { Timeline } from './report-replay';

/**
 * A campaign that exists, read as of a moment before its first record (or, on the
 * occurred timeline, before its first event happened): the plain answer is that it had
 * not been recorded by then and when it was, not that it does not exist.
 */
export class CampaignNotYetRecorded extends NotFound {
  constructor(
    campaignId: string,
    asOf: Date,
    first: { readonly recordedAt: string; readonly occurredAt: string },
    timeline: Timeline,
  ) {
    super(
      'CAMPAIGN.NOT_YET_RECORDED',
      timeline === 'recorded'
        ? `campaign ${campaignId} had not been recorded by ${asOf.toISOString()}: it was first recorded at ${first.recordedAt}`
        : `campaign ${campaignId} had not happened by ${asOf.toISOString()}: its first event occurred at ${first.occurredAt} (recorded at ${first.recordedAt})`,
    );
  }
}
