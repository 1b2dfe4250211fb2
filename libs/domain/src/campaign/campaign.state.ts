export interface CampaignTargets {
  /** Delivered lectures each assigned society should have. */
  readonly lecturesPerSociety: number;
  /** Accepted service tasks each assigned society should have. */
  readonly serviceTasksPerSociety: number;
}

/**
 * 发文: the directive that set the campaign going, as its header reads. Each is null until
 * recorded; campaigns drafted before these were kept have none.
 */
export interface CampaignIssuance {
  /** 发文单位, e.g. 中共天津市科协科技社团委员会. */
  readonly issuedBy: string | null;
  /** 发文日期, YYYY-MM-DD. */
  readonly issuedOn: string | null;
  /** 文号, e.g. 科协党发〔2021〕12号. */
  readonly documentNumber: string | null;
}

export const NO_ISSUANCE: CampaignIssuance = {
  issuedBy: null,
  issuedOn: null,
  documentNumber: null,
};

export type CampaignStatus = 'draft' | 'launched' | 'closed';

export type CampaignState =
  | { readonly status: 'none' }
  | (CampaignIssuance & {
      readonly status: CampaignStatus;
      readonly title: string;
      readonly startsOn: string | null;
      readonly endsOn: string | null;
      readonly targets: CampaignTargets | null;
      /** societyId -> liaisonId */
      readonly assignments: Readonly<Record<string, string>>;
    });
