/** 服务对象: 科技工作者, 分支机构, 会员单位, 地方学会, 干部职工. */
export const BENEFICIARY_GROUPS = [
  'science-workers',
  'branches',
  'member-units',
  'local-societies',
  'staff',
] as const;
export type BeneficiaryGroup = (typeof BENEFICIARY_GROUPS)[number];

/** 立刻办 immediate, 限期办 deadline, 分期办 phased. */
export const URGENCIES = ['immediate', 'deadline', 'phased'] as const;
export type Urgency = (typeof URGENCIES)[number];

export type ServiceTaskStatus =
  'proposed' | 'in-progress' | 'completed' | 'evaluated' | 'cancelled';

/** The ids every service task event carries. */
export interface ServiceTaskIds {
  taskId: string;
  societyId: string;
  campaignId: string | null;
}

/** The people's rating of a completed task, while open and after it closed. */
export interface RatingState {
  readonly open: boolean;
  readonly codeHashes: readonly string[];
  /** The hashes of the codes already used, in the order the ballots came. */
  readonly used: readonly string[];
  readonly scores: readonly number[];
  readonly closesAt: string;
}

export type ServiceTaskState =
  | { readonly status: 'none' }
  | (ServiceTaskIds & {
      readonly status: ServiceTaskStatus;
      readonly escalated: boolean;
      readonly dueOn: string | null;
      /** The latest rating opened, or null when none was. */
      readonly rating: RatingState | null;
    });
