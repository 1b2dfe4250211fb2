import { assertNever, type Decider, type DomainEvent } from '../shared/decider';
import { Conflict, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { requireText } from '../shared/text';
import {
  optionalText,
  REASON_MAX,
  requireDate,
  requireWholeNumber,
  TITLE_MAX,
} from '../shared/values';

export interface CampaignTargets {
  /** Delivered lectures each assigned society should have. */
  readonly lecturesPerSociety: number;
  /** Accepted service tasks each assigned society should have. */
  readonly serviceTasksPerSociety: number;
}

/** What the handler looked up about the society and the liaison of an assignment. */
export interface AssignmentFacts {
  readonly societyStatus: 'unregistered' | 'registered' | 'deregistered';
  readonly liaisonStatus: 'unregistered' | 'active' | 'retired';
}

export type CampaignCommand =
  | {
      readonly type: 'DraftCampaign';
      readonly campaignId: string;
      readonly title: string;
      readonly description?: string;
      readonly startsOn?: string;
      readonly endsOn?: string;
    }
  | {
      readonly type: 'AmendCampaign';
      readonly campaignId: string;
      readonly title?: string;
      readonly description?: string;
      readonly endsOn?: string;
      readonly targets?: CampaignTargets;
      readonly reason?: string;
    }
  | {
      readonly type: 'LaunchCampaign';
      readonly campaignId: string;
      readonly startsOn: string;
      readonly endsOn: string;
      readonly targets: CampaignTargets;
    }
  | { readonly type: 'CloseCampaign'; readonly campaignId: string; readonly reason?: string }
  | ({
      readonly type: 'AssignSociety';
      readonly campaignId: string;
      readonly societyId: string;
      readonly liaisonId: string;
    } & AssignmentFacts)
  | ({
      readonly type: 'MoveAssignment';
      readonly campaignId: string;
      readonly societyId: string;
      readonly liaisonId: string;
      readonly reason: string;
    } & AssignmentFacts)
  | {
      readonly type: 'WithdrawAssignment';
      readonly campaignId: string;
      readonly societyId: string;
      readonly reason: string;
    };

export type CampaignEvent =
  | DomainEvent<
      'CampaignDrafted',
      {
        campaignId: string;
        title: string;
        description: string | null;
        startsOn: string | null;
        endsOn: string | null;
      }
    >
  | DomainEvent<
      'CampaignAmended',
      {
        campaignId: string;
        title: string;
        description: string | null;
        endsOn: string | null;
        targets: CampaignTargets | null;
        reason: string | null;
      }
    >
  | DomainEvent<
      'CampaignLaunched',
      { campaignId: string; startsOn: string; endsOn: string; targets: CampaignTargets }
    >
  | DomainEvent<'CampaignClosed', { campaignId: string; reason: string | null }>
  | DomainEvent<'SocietyAssigned', { campaignId: string; societyId: string; liaisonId: string }>
  | DomainEvent<
      'SocietyReassigned',
      {
        campaignId: string;
        societyId: string;
        liaisonId: string;
        previousLiaisonId: string;
        reason: string;
      }
    >
  | DomainEvent<
      'AssignmentWithdrawn',
      { campaignId: string; societyId: string; previousLiaisonId: string; reason: string }
    >;

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

export class CampaignNotFound extends NotFound {
  constructor(campaignId: string) {
    super('CAMPAIGN.NOT_FOUND', `campaign ${campaignId} does not exist`);
  }
}
export class CampaignAlreadyDrafted extends Conflict {
  constructor(campaignId: string) {
    super('CAMPAIGN.ALREADY_EXISTS', `campaign ${campaignId} already exists`);
  }
}
export class CampaignNotInState extends RuleBroken {
  constructor(code: string, message: string) {
    super(code, message);
  }
}

/** The 8 to 10 societies per liaison of the seeds: a target that warns, never refuses. */
export const LIAISON_TARGET = { min: 8, max: 10 } as const;

function existing(state: CampaignState, campaignId: string) {
  if (state.status === 'none') throw new CampaignNotFound(campaignId);
  return state;
}

function open(state: CampaignState, campaignId: string) {
  const campaign = existing(state, campaignId);
  if (campaign.status === 'closed')
    throw new CampaignNotInState('CAMPAIGN.CLOSED', `campaign ${campaignId} is closed`);
  return campaign;
}

function targets(value: CampaignTargets): CampaignTargets {
  return {
    lecturesPerSociety: requireWholeNumber(
      'targets.lecturesPerSociety',
      value.lecturesPerSociety,
      0,
      100,
    ),
    serviceTasksPerSociety: requireWholeNumber(
      'targets.serviceTasksPerSociety',
      value.serviceTasksPerSociety,
      0,
      100,
    ),
  };
}

function period(startsOn: string | null, endsOn: string | null) {
  if (startsOn !== null && endsOn !== null && endsOn < startsOn)
    throw new InvalidInput(
      'endsOn',
      'CAMPAIGN.PERIOD_INVALID',
      'endsOn must not be before startsOn',
    );
}

function checkParties(facts: AssignmentFacts, societyId: string, liaisonId: string) {
  if (facts.societyStatus === 'unregistered')
    throw new NotFound('SOCIETY.NOT_FOUND', `society ${societyId} does not exist`);
  if (facts.societyStatus === 'deregistered')
    throw new RuleBroken(
      'SOCIETY.DEREGISTERED',
      `society ${societyId} is deregistered and gets no new assignment`,
    );
  if (facts.liaisonStatus === 'unregistered')
    throw new NotFound('MEMBER.NOT_FOUND', `member ${liaisonId} does not exist`);
  if (facts.liaisonStatus === 'retired')
    throw new RuleBroken(
      'MEMBER.RETIRED',
      `member ${liaisonId} has retired and gets no new assignment`,
    );
}

function decide(command: CampaignCommand, state: CampaignState): CampaignEvent[] {
  const { campaignId } = command;
  switch (command.type) {
    case 'DraftCampaign': {
      if (state.status !== 'none') throw new CampaignAlreadyDrafted(campaignId);
      const startsOn =
        command.startsOn === undefined ? null : requireDate('startsOn', command.startsOn);
      const endsOn = command.endsOn === undefined ? null : requireDate('endsOn', command.endsOn);
      period(startsOn, endsOn);
      return [
        {
          type: 'CampaignDrafted',
          data: {
            campaignId,
            title: requireText('title', command.title, TITLE_MAX),
            description: optionalText('description', command.description, 5000),
            startsOn,
            endsOn,
          },
        },
      ];
    }
    case 'AmendCampaign': {
      const campaign = open(state, campaignId);
      const reason = optionalText('reason', command.reason, REASON_MAX);
      if (campaign.status === 'launched' && reason === null)
        throw new InvalidInput(
          'reason',
          'CAMPAIGN.REASON_REQUIRED',
          'amending a launched campaign needs a reason',
        );
      const endsOn =
        command.endsOn === undefined ? campaign.endsOn : requireDate('endsOn', command.endsOn);
      period(campaign.startsOn, endsOn);
      return [
        {
          type: 'CampaignAmended',
          data: {
            campaignId,
            title:
              command.title === undefined
                ? campaign.title
                : requireText('title', command.title, TITLE_MAX),
            description:
              command.description === undefined
                ? null
                : optionalText('description', command.description, 5000),
            endsOn,
            targets: command.targets === undefined ? campaign.targets : targets(command.targets),
            reason,
          },
        },
      ];
    }
    case 'LaunchCampaign': {
      const campaign = existing(state, campaignId);
      if (campaign.status !== 'draft')
        throw new CampaignNotInState(
          'CAMPAIGN.NOT_DRAFT',
          `campaign ${campaignId} is ${campaign.status}, not draft`,
        );
      const startsOn = requireDate('startsOn', command.startsOn);
      const endsOn = requireDate('endsOn', command.endsOn);
      period(startsOn, endsOn);
      return [
        {
          type: 'CampaignLaunched',
          data: { campaignId, startsOn, endsOn, targets: targets(command.targets) },
        },
      ];
    }
    case 'CloseCampaign': {
      const campaign = existing(state, campaignId);
      if (campaign.status !== 'launched')
        throw new CampaignNotInState(
          'CAMPAIGN.NOT_LAUNCHED',
          `campaign ${campaignId} is ${campaign.status}, not launched`,
        );
      return [
        {
          type: 'CampaignClosed',
          data: { campaignId, reason: optionalText('reason', command.reason, REASON_MAX) },
        },
      ];
    }
    case 'AssignSociety': {
      const campaign = open(state, campaignId);
      const current = campaign.assignments[command.societyId];
      if (current === command.liaisonId) return [];
      if (current !== undefined)
        throw new Conflict(
          'ASSIGNMENT.ALREADY_ASSIGNED',
          `society ${command.societyId} already has a liaison in this campaign; move it instead`,
          'societyId',
        );
      checkParties(command, command.societyId, command.liaisonId);
      return [
        {
          type: 'SocietyAssigned',
          data: { campaignId, societyId: command.societyId, liaisonId: command.liaisonId },
        },
      ];
    }
    case 'MoveAssignment': {
      const campaign = open(state, campaignId);
      const current = campaign.assignments[command.societyId];
      if (current === undefined)
        throw new RuleBroken(
          'ASSIGNMENT.NOT_ASSIGNED',
          `society ${command.societyId} is not assigned in this campaign`,
          'societyId',
        );
      if (current === command.liaisonId) return [];
      checkParties(command, command.societyId, command.liaisonId);
      return [
        {
          type: 'SocietyReassigned',
          data: {
            campaignId,
            societyId: command.societyId,
            liaisonId: command.liaisonId,
            previousLiaisonId: current,
            reason: requireText('reason', command.reason, REASON_MAX),
          },
        },
      ];
    }
    case 'WithdrawAssignment': {
      const campaign = open(state, campaignId);
      const current = campaign.assignments[command.societyId];
      if (current === undefined)
        throw new RuleBroken(
          'ASSIGNMENT.NOT_ASSIGNED',
          `society ${command.societyId} is not assigned in this campaign`,
          'societyId',
        );
      return [
        {
          type: 'AssignmentWithdrawn',
          data: {
            campaignId,
            societyId: command.societyId,
            previousLiaisonId: current,
            reason: requireText('reason', command.reason, REASON_MAX),
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

function evolve(state: CampaignState, event: CampaignEvent): CampaignState {
  if (event.type === 'CampaignDrafted')
    return {
      status: 'draft',
      title: event.data.title,
      startsOn: event.data.startsOn,
      endsOn: event.data.endsOn,
      targets: null,
      assignments: {},
    };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'CampaignAmended':
      return {
        ...state,
        title: event.data.title,
        endsOn: event.data.endsOn,
        targets: event.data.targets,
      };
    case 'CampaignLaunched':
      return {
        ...state,
        status: 'launched',
        startsOn: event.data.startsOn,
        endsOn: event.data.endsOn,
        targets: event.data.targets,
      };
    case 'CampaignClosed':
      return { ...state, status: 'closed' };
    case 'SocietyAssigned':
    case 'SocietyReassigned':
      return {
        ...state,
        assignments: { ...state.assignments, [event.data.societyId]: event.data.liaisonId },
      };
    case 'AssignmentWithdrawn': {
      const { [event.data.societyId]: _gone, ...rest } = state.assignments;
      return { ...state, assignments: rest };
    }
    default:
      return assertNever(event);
  }
}

export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide: (command, state) => decide(command, state),
};

export interface AssignmentWarning {
  readonly code: 'ASSIGNMENT.LIAISON_BELOW_TARGET' | 'ASSIGNMENT.LIAISON_ABOVE_TARGET';
  readonly liaisonId: string;
  readonly societies: number;
  readonly message: string;
}

/** The 8-to-10 warnings for the liaisons an assignment change touched. */
export function liaisonWarnings(
  state: CampaignState,
  liaisonIds: readonly string[],
): AssignmentWarning[] {
  if (state.status === 'none') return [];
  const counts = new Map<string, number>();
  for (const liaison of Object.values(state.assignments))
    counts.set(liaison, (counts.get(liaison) ?? 0) + 1);
  const warnings: AssignmentWarning[] = [];
  for (const liaisonId of new Set(liaisonIds)) {
    const societies = counts.get(liaisonId) ?? 0;
    if (societies > LIAISON_TARGET.max)
      warnings.push({
        code: 'ASSIGNMENT.LIAISON_ABOVE_TARGET',
        liaisonId,
        societies,
        message: `liaison now has ${societies} societies, above the target of ${LIAISON_TARGET.min} to ${LIAISON_TARGET.max}`,
      });
    else if (societies < LIAISON_TARGET.min)
      warnings.push({
        code: 'ASSIGNMENT.LIAISON_BELOW_TARGET',
        liaisonId,
        societies,
        message: `liaison now has ${societies} societies, below the target of ${LIAISON_TARGET.min} to ${LIAISON_TARGET.max}`,
      });
  }
  return warnings;
}
