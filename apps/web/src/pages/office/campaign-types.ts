/** What the office's campaign pages read from the API. */

export interface Targets {
  lecturesPerSociety: number;
  serviceTasksPerSociety: number;
}

export interface Assignment {
  societyId: string;
  liaisonId: string;
  assignedAt: string;
  moves: number;
}

export interface Campaign {
  id: string;
  title: string;
  description: string | null;
  status: 'draft' | 'launched' | 'closed';
  startsOn: string | null;
  endsOn: string | null;
  targets: Targets | null;
  launchedAt: string | null;
  closedAt: string | null;
  version: number;
  assignments: Assignment[];
}

export interface SocietyRow {
  id: string;
  name: string;
  status: 'registered' | 'deregistered';
  partyOrganisationForm?: string;
}

export interface MemberRow {
  id: string;
  name: string;
  position: string;
  status: 'active' | 'retired';
}

/** A liaison outside the target of 8 to 10 societies, as a command or an import answers it. */
export interface LiaisonWarning {
  code: string;
  liaisonId?: string;
  societies?: number;
  message: string;
}

/** The answer of a command: the record's new version, and any warnings. */
export interface CommandAnswer {
  id: string;
  version: number;
  warnings?: LiaisonWarning[];
}

export const LIAISON_TARGET = { min: 8, max: 10 } as const;
