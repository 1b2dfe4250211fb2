import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  CampaignNotFound,
  DomainError,
  normaliseName,
  type CampaignState,
  type MemberPosition,
} from '@pb/domain';
import { UniqueClaims } from '@pb/event-store';
import {
  memberProjection,
  ReadModelStore,
  societyProjection,
  type MemberView,
  type SocietyView,
} from '@pb/projections';
import { randomUUID } from 'node:crypto';
import type { CommandContext, CommandOutcome } from '../application/command-context';
import { Facts } from '../application/facts';
import { AssignSocietyCommand } from '../campaigns/assign-society/assign-society.command';
import { MoveAssignmentCommand } from '../campaigns/move-assignment/move-assignment.command';
import { ChangeMemberPositionCommand } from '../members/change-member-position/change-member-position.command';
import { RegisterMemberCommand } from '../members/register-member/register-member.command';
import { RegisterSocietyCommand } from '../societies/register-society/register-society.command';
import type { ArrangementRow, RowProblem } from './table';

/** The reason recorded when an uploaded table moves a society to another liaison. */
export const IMPORT_REASON = '导入更新';

export interface ImportReport {
  readonly format: 'xlsx' | 'csv';
  readonly encoding: string | null;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: readonly RowProblem[];
  readonly membersRegistered: number;
  readonly positionsChanged: number;
  readonly societiesRegistered: number;
  readonly assigned: number;
  readonly moved: number;
  readonly unchanged: number;
  /** Assignments of the campaign that the file does not list; they are kept, not withdrawn. */
  readonly missingFromFile: readonly {
    societyId: string;
    societyName: string | null;
    liaisonId: string;
  }[];
  readonly warnings: readonly { code: string; message: string }[];
}

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
    const campaign = await this.facts.campaign(campaignId);
    if (campaign.status === 'none') throw new CampaignNotFound(campaignId);
    const members = await this.activeMembersByName();
    const rejected: RowProblem[] = [...parsed.rejected];
    const counts = {
      membersRegistered: 0,
      positionsChanged: 0,
      societiesRegistered: 0,
      assigned: 0,
      moved: 0,
      unchanged: 0,
    };
    const listed = new Set<string>();
    const warnings = new Map<string, { code: string; message: string }>();
    let accepted = 0;
    // The upload's Idempotency-Key and If-Match speak of the upload, not of each row's command.
    context = { ...context, idempotencyKey: null, expectedVersion: null };

    for (const [index, row] of parsed.rows.entries()) {
      try {
        const sameName = members.get(row.memberName) ?? [];
        if (sameName.length > 1) {
          rejected.push({
            rowNumber: row.rowNumber,
            column: '委员姓名',
            code: 'IMPORT.MEMBER_AMBIGUOUS',
            message: `第${row.rowNumber}行：有${sameName.length}名在任委员名为“${row.memberName}”，无法确定是哪一位，请在系统中处理后重新导入`,
          });
          continue;
        }
        let member = sameName[0];
        if (!member) {
          const memberId = randomUUID();
          await this.commands.execute(
            new RegisterMemberCommand(
              { memberId, name: row.memberName, position: row.memberPosition },
              context,
            ),
          );
          member = { id: memberId, position: row.memberPosition };
          members.set(row.memberName, [member]);
          counts.membersRegistered++;
        } else if (member.position !== row.memberPosition) {
          await this.commands.execute(
            new ChangeMemberPositionCommand(
              {
                memberId: member.id,
                position: row.memberPosition,
                reason: IMPORT_REASON,
              },
              context,
            ),
          );
          member.position = row.memberPosition;
          counts.positionsChanged++;
        }

        let societyId = await this.findSociety(row);
        if (!societyId) {
          societyId = randomUUID();
          await this.commands.execute(
            new RegisterSocietyCommand(
              {
                societyId,
                name: row.societyName,
                kind: row.societyKind,
                creditCode: row.creditCode ?? undefined,
              },
              context,
            ),
          );
          counts.societiesRegistered++;
        }
        if (listed.has(societyId)) {
          rejected.push({
            rowNumber: row.rowNumber,
            column: '学会名称',
            code: 'IMPORT.SOCIETY_REPEATED',
            message: `第${row.rowNumber}行：学会“${row.societyName}”在表中重复出现，一个学会在一项工作中只有一名联系委员`,
          });
          continue;
        }
        listed.add(societyId);

        const liaison = assignmentsOf(await this.facts.campaign(campaignId))[societyId];
        if (liaison === member.id) counts.unchanged++;
        else {
          const outcome: CommandOutcome = await this.commands.execute(
            liaison === undefined
              ? new AssignSocietyCommand({ campaignId, societyId, liaisonId: member.id }, context)
              : new MoveAssignmentCommand(
                  { campaignId, societyId, liaisonId: member.id, reason: IMPORT_REASON },
                  context,
                ),
          );
          if (liaison === undefined) counts.assigned++;
          else counts.moved++;
          for (const warning of outcome.warnings ?? [])
            warnings.set(
              'liaisonId' in warning && typeof warning.liaisonId === 'string'
                ? warning.liaisonId
                : warning.code,
              warning,
            );
        }
        accepted++;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        rejected.push({
          rowNumber: row.rowNumber,
          column: error.field === 'name' ? '学会名称' : '',
          code: error.code,
          message: `第${row.rowNumber}行：${error.message}`,
        });
      } finally {
        onRow?.(index + 1, parsed.rows.length);
      }
    }

    const missing = Object.entries(assignmentsOf(await this.facts.campaign(campaignId))).filter(
      ([societyId]) => !listed.has(societyId),
    );
    const names = new Map(
      (
        await this.views.getMany<SocietyView>(
          societyProjection.spec.name,
          missing.map(([id]) => id),
        )
      ).map((s) => [s.societyId, s.name]),
    );
    return {
      format: parsed.format,
      encoding: parsed.encoding,
      rows: parsed.rows.length + parsed.rejected.length,
      accepted,
      rejected: rejected.sort((a, b) => a.rowNumber - b.rowNumber),
      ...counts,
      missingFromFile: missing.map(([societyId, liaisonId]) => ({
        societyId,
        societyName: names.get(societyId) ?? null,
        liaisonId,
      })),
      warnings: [...warnings.values()],
    };
  }

  private async findSociety(row: ArrangementRow): Promise<string | null> {
    const owner =
      (row.creditCode ? await this.claims.ownerOf(`society.creditCode:${row.creditCode}`) : null) ??
      (await this.claims.ownerOf(`society.name:${normaliseName(row.societyName)}`));
    return owner ? owner.slice('society-'.length) : null;
  }

  /** Active members by exact name; a name may belong to more than one. */
  private async activeMembersByName(): Promise<
    Map<string, { id: string; position: MemberPosition }[]>
  > {
    const byName = new Map<string, { id: string; position: MemberPosition }[]>();
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
