/** The Chinese names of a service task's values. */
export const STATUS_NAMES: Record<string, string> = {
  proposed: '已提出',
  'in-progress': '办理中',
  completed: '已办结',
  evaluated: '已评价',
  cancelled: '已取消',
};

export const STATUS_BADGES: Record<string, string> = {
  proposed: 'yellow',
  'in-progress': 'yellow',
  completed: 'green',
  evaluated: 'green',
  cancelled: 'red',
};

export const BENEFICIARIES: Record<string, string> = {
  'science-workers': '科技工作者',
  branches: '分支机构',
  'member-units': '会员单位',
  'local-societies': '地方学会',
  staff: '干部职工',
};

export const URGENCIES: Record<string, string> = {
  immediate: '立即办',
  deadline: '限期办',
  phased: '分期办',
};

/** A service task as GET /service-tasks/{id} answers it. */
export interface ServiceTask {
  readonly id: string;
  readonly societyId: string;
  readonly title: string;
  readonly need: string;
  readonly raisedBy: string;
  readonly beneficiary: string;
  readonly status: string;
  readonly dueOn: string | null;
  readonly urgency: string | null;
  readonly progress: readonly { note: string; at: string }[];
  readonly outcome: string | null;
  readonly beneficiaries: number | null;
  readonly completedOn: string | null;
  readonly evaluations: readonly {
    rating: number;
    raters: number;
    comment: string | null;
    satisfied: boolean;
    method?: 'reported' | 'ballots';
    at: string;
  }[];
  readonly rating?: {
    status: 'open' | 'closed';
    openedAt: string;
    closesAt: string;
    codes: number;
    ballots: number;
    closedAt: string | null;
    atDeadline: boolean | null;
  } | null;
  readonly version: number;
}

/** What a command answers. */
export interface Outcome {
  readonly version: number;
  readonly events: readonly string[];
}
