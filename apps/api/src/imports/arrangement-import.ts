import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { parseStreamId } from '@pb/contracts';
import { CampaignNotFound, DomainError, normaliseName, type CampaignState } from '@pb/domain';
import { UniqueClaims } from '@pb/event-store';
import {
  memberProjection,
  ReadModelStore,
  societyProjection,
  type MemberView,
  type SocietyView,
} from '@pb/projections';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { Facts } from '../application/facts';
import { AssignSocietyCommand } from '../campaigns/assign-society/assign-society.command';
import { MoveAssignmentCommand } from '../campaigns/move-assignment/move-assignment.command';
import { ChangeMemberPositionCommand } from '../members/change-member-position/change-member-position.command';
import { RegisterMemberCommand } from '../members/register-member/register-member.command';
import { RegisterSocietyCommand } from '../societies/register-society/register-society.command';
import { creditCodeKey, societyNameKey } from '../societies/society-claims';
import {
  memberAmbiguous,
  refusal,
  societyRepeated,
  warningKey,
  type ImportReport,
  type ImportRun,
  type Member,
} from './import-report';
import type { ArrangementRow, RowProblem } from './table';

/** The reason recorded when an uploaded table moves a society to another liaison. */
export const IMPORT_REASON = '导入更新';

/**
 * Applies an arrangement table (宣讲安排表) to a campaign, row by row, through the same
 * commands as the api: members matched by exact name among active members, societies by
 * credit code, else by exact name (through the uniqueness claims, which are always
 * current). The same file again changes nothing.
 */
@Injectable()
export class ArrangementImport {
  constructor(
    private readonly commands: CommandBus,
    private readonly facts: Facts,
    @Inject(UniqueClaims) private readonly claims: UniqueClaims,
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
  ) {}

  async apply(
    campaignId: string,
    parsed: {
      format: 'xlsx' | 'csv';
      encoding: string | null;
      rows: readonly ArrangementRow[];
      rejected: readonly RowProblem[];
    },
    context: CommandContext,
    /** Called after each row the parser accepted, whatever became of it. */
    onRow?: (done: number, total: number) => void,
  ): Promise<ImportReport> {
    const run = await this.start(campaignId, parsed.rejected, context);
    for (const [index, row] of parsed.rows.entries()) {
      try {
        await this.applyRow(run, row);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        run.rejected.push(refusal(row, error));
      } finally {
        onRow?.(index + 1, parsed.rows.length);
      }
    }
    return {
      format: parsed.format,
      encoding: parsed.encoding,
      rows: parsed.rows.length + parsed.rejected.length,
      accepted: run.accepted,
      rejected: run.rejected.sort((a, b) => a.rowNumber - b.rowNumber),
      ...run.counts,
      missingFromFile: await this.missingFromFile(run),
      warnings: [...run.warnings.values()],
    };
  }

  /** Where every row starts from: the campaign, which must exist, and the active members. */
  private async start(
    campaignId: string,
    rejected: readonly RowProblem[],
    context: CommandContext,
  ): Promise<ImportRun> {
    if ((await this.facts.campaign(campaignId)).status === 'none')
      throw new CampaignNotFound(campaignId);
    return {
      campaignId,
      // The upload's Idempotency-Key and If-Match speak of the upload, not of each row's command.
      context: { ...context, idempotencyKey: null, expectedVersion: null },
      members: await this.activeMembersByName(),
      listed: new Set(),
      rejected: [...rejected],
      counts: {
        membersRegistered: 0,
        positionsChanged: 0,
        societiesRegistered: 0,
        assigned: 0,
        moved: 0,
        unchanged: 0,
      },
      warnings: new Map(),
      accepted: 0,
    };
  }

  /** One row: its member, its society, then the society's liaison in the campaign. */
  private async applyRow(run: ImportRun, row: ArrangementRow): Promise<void> {
    const member = await this.matchMember(run, row);
    if (!member) return;
    const societyId = await this.matchOrRegisterSociety(run, row);
    if (run.listed.has(societyId)) {
      run.rejected.push(societyRepeated(row));
      return;
    }
    run.listed.add(societyId);
    await this.assignOrMove(run, societyId, member.id);
    run.accepted++;
  }

  /**
   * The row's member: the one active member of that name, with the row's position; or a
   * new member when there is none. Null (and the row rejected) when several share the name.
   */
  private async matchMember(run: ImportRun, row: ArrangementRow): Promise<Member | null> {
    const sameName = run.members.get(row.memberName) ?? [];
    if (sameName.length > 1) {
      run.rejected.push(memberAmbiguous(row, sameName.length));
      return null;
    }
    const [member] = sameName;
    if (!member) {
      const registered = { id: randomUUID(), position: row.memberPosition };
      await this.commands.execute(
        new RegisterMemberCommand(
          { memberId: registered.id, name: row.memberName, position: row.memberPosition },
          run.context,
        ),
      );
      run.members.set(row.memberName, [registered]);
      run.counts.membersRegistered++;
      return registered;
    }
    if (member.position !== row.memberPosition) {
      await this.commands.execute(
        new ChangeMemberPositionCommand(
          { memberId: member.id, position: row.memberPosition, reason: IMPORT_REASON },
          run.context,
        ),
      );
      member.position = row.memberPosition;
      run.counts.positionsChanged++;
    }
    return member;
  }

  /** The row's society, by credit code, else by name; registered when neither is known. */
  private async matchOrRegisterSociety(run: ImportRun, row: ArrangementRow): Promise<string> {
    const found = await this.findSociety(row);
    if (found) return found;
    const societyId = randomUUID();
    await this.commands.execute(
      new RegisterSocietyCommand(
        {
          societyId,
          name: row.societyName,
          kind: row.societyKind,
          creditCode: row.creditCode ?? undefined,
        },
        run.context,
      ),
    );
    run.counts.societiesRegistered++;
    return societyId;
  }

  /** Gives the society the row's liaison: assigns it, moves it, or leaves it as it is. */
  private async assignOrMove(run: ImportRun, societyId: string, liaisonId: string): Promise<void> {
    const { campaignId, context } = run;
    const current = assignmentsOf(await this.facts.campaign(campaignId))[societyId];
    if (current === liaisonId) {
      run.counts.unchanged++;
      return;
    }
    let outcome: CommandOutcome;
    if (current === undefined) {
      outcome = await this.commands.execute(
        new AssignSocietyCommand({ campaignId, societyId, liaisonId }, context),
      );
      run.counts.assigned++;
    } else {
      outcome = await this.commands.execute(
        new MoveAssignmentCommand(
          { campaignId, societyId, liaisonId, reason: IMPORT_REASON },
          context,
        ),
      );
      run.counts.moved++;
    }
    for (const warning of outcome.warnings ?? []) run.warnings.set(warningKey(warning), warning);
  }

  /** The campaign's assignments the file does not list, with the society names the views know. */
  private async missingFromFile(run: ImportRun): Promise<ImportReport['missingFromFile']> {
    const missing = Object.entries(assignmentsOf(await this.facts.campaign(run.campaignId))).filter(
      ([societyId]) => !run.listed.has(societyId),
    );
    const societies = await this.views.getMany<SocietyView>(
      societyProjection.spec.name,
      missing.map(([id]) => id),
    );
    const names = new Map(societies.map((s) => [s.societyId, s.name]));
    return missing.map(([societyId, liaisonId]) => ({
      societyId,
      societyName: names.get(societyId) ?? null,
      liaisonId,
    }));
  }

  private async findSociety(row: ArrangementRow): Promise<string | null> {
    const owner =
      (row.creditCode ? await this.claims.ownerOf(creditCodeKey(row.creditCode)) : null) ??
      (await this.claims.ownerOf(societyNameKey(normaliseName(row.societyName))));
    return owner ? (parseStreamId(owner)?.id ?? null) : null;
  }

  /** Active members by exact name; a name may belong to more than one. */
  private async activeMembersByName(): Promise<Map<string, Member[]>> {
    const byName = new Map<string, Member[]>();
    let after: string | null = null;
    do {
      const page: { items: MemberView[]; next: string | null } = await this.views.find<MemberView>(
        memberProjection.spec.name,
        { where: { status: 'active' }, limit: 500, after },
      );
      for (const member of page.items)
        byName.set(member.name, [
          ...(byName.get(member.name) ?? []),
          { id: member.memberId, position: member.position },
        ]);
      after = page.next;
    } while (after);
    return byName;
  }
}

function assignmentsOf(state: CampaignState): Readonly<Record<string, string>> {
  return state.status === 'none' ? {} : state.assignments;
}
