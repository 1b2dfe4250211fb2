/** The campaign report as GET /campaigns/:id/report answers it (the fields the page shows). */
export type Light = 'red' | 'yellow' | 'green';

export interface CampaignRow {
  readonly campaignId: string;
  readonly title: string;
  readonly status: string;
}

export interface CampaignReport {
  readonly asOfDate: string;
  readonly campaign: {
    readonly title: string;
    readonly startsOn: string | null;
    readonly endsOn: string | null;
    readonly targets: {
      readonly lecturesPerSociety: number;
      readonly serviceTasksPerSociety: number;
    } | null;
  };
  readonly totals: {
    readonly societiesAssigned: number;
    readonly societiesCovered: number;
    readonly coverage: number | null;
    readonly lecturesDelivered: number;
    readonly lecturesConfirmed: number;
    readonly lecturesScheduled: number;
    readonly audience: number;
    readonly tasks: {
      readonly total: number;
      readonly inProgress: number;
      readonly completed: number;
      readonly evaluated: number;
    };
    readonly completionRate: number | null;
    readonly evaluationRate: number | null;
    readonly averageRating: number | null;
    readonly beneficiaries: number;
    readonly overdueTasks: number;
    readonly escalatedTasks: number;
    readonly status: Record<Light, number>;
  };
  readonly liaisons: readonly {
    readonly memberId: string;
    readonly name: string;
    readonly societies: number;
    readonly covered: number;
    readonly coverage: number | null;
  }[];
  readonly societies: readonly {
    readonly societyId: string;
    readonly status: Light;
    readonly name: string;
    readonly liaisonName: string;
    readonly lecturesDelivered: number;
    readonly lecturesConfirmed: number;
    readonly audience: number;
    readonly tasksAccepted: number;
    readonly overdueTasks: number;
    readonly escalatedTasks: number;
    readonly reasons: readonly string[];
  }[];
  readonly overdue: readonly {
    readonly taskId: string;
    readonly societyName: string;
    readonly title: string;
    readonly dueOn: string;
    readonly daysOverdue: number;
    readonly escalated: boolean;
  }[];
  readonly escalated: readonly {
    readonly taskId: string;
    readonly societyName: string;
    readonly title: string;
    readonly dueOn: string | null;
    readonly reason: string;
  }[];
}

export const LIGHTS: Record<Light, string> = { red: '红', yellow: '黄', green: '绿' };
export const CAMPAIGN_STATUS: Record<string, string> = {
  draft: '起草',
  launched: '进行中',
  closed: '已结束',
};
