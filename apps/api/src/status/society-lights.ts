import { Injectable } from '@nestjs/common';
import { CampaignReportService } from '../reports/campaign-report.service';
import { RequestInvalid } from '../http/request-invalid';
import type { SocietyListQuery } from './status.dto';

/**
 * The society list's traffic-light filter. A light exists only in a campaign's report, so
 * the report itself decides it (its one rule, read now, or at the close of a closed
 * campaign): the list shows exactly the report's societies of that light.
 */
@Injectable()
export class SocietyLights {
  constructor(private readonly reports: CampaignReportService) {}

  /** The ids of the societies with the light asked for; null when none is asked for. */
  async lit(query: Pick<SocietyListQuery, 'campaignId' | 'light'>): Promise<Set<string> | null> {
    const { campaignId, light } = query;
    if (light === undefined) return null;
    if (campaignId === undefined)
      throw new RequestInvalid([
        {
          field: 'light',
          rule: 'requiresCampaignId',
          message: 'light is given per campaign: pass campaignId=<the campaign> with it',
        },
      ]);
    const report = await this.reports.live(campaignId);
    return new Set(
      report.societies.filter((row) => row.status === light).map((row) => row.societyId),
    );
  }
}
