export interface CampaignTargets {
  /** Delivered lectures each assigned society should have. */
  readonly lecturesPerSociety: number;
  /** Accepted service tasks each assigned society should have. */
  readonly serviceTasksPerSociety: number;
}

export type CampaignStatus = 'draft' | 'launched' | 'closed';

export type CampaignState =
  | { readonly status: 'none' }
  | {
      readonly status: CampaignStatus;
      readonly title: string;
      readonly startsOn: string | null;
      readonly endsOn: string | null;
      readonly targets: CampaignTargets | null;
      /** societyId -> liaisonId */
      readonly assignments: Readonly<Record<string, string>>;
    };
