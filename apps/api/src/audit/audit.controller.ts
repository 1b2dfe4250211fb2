import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { NotFound, requireInstant } from '@pb/domain';
import { commitId, EventStore, sealStore, verifyStore } from '@pb/event-store';
import { Runtime } from '@pb/platform';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { findAuditEvents, ReadModelStore, roundAndBatch, type AuditEntry } from '@pb/projections';
import { AuditQuery } from './audit.dto';
import { AuditEventAnswer, SealAnswer, VerifyAnswer } from './audit.response.dto';
import { CommitAnswer } from './commit.response.dto';
import { ApiCommitParams, SeqParam, StreamIdParam } from './commit-params';
import { Allow } from '../auth/allow.decorator';
import { ApiPage } from '../http/paging.dto';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';

@ApiTags('audit 审计')
@ApiGuarded()
@Controller('audit')
export class AuditController {
  constructor(
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Runtime) private readonly runtime: Runtime,
  ) {}

  @Allow('auditor', 'scope:audit:read')
  @Get('verify')
  @ApiOperation({
    summary:
      '校验: recompute every hash chain, check it against the latest seal and every evidence file against its hash; name each broken link, missing commit and missing or altered file',
  })
  @ApiOkResponse({
    type: VerifyAnswer,
    description:
      'A file problem (kind file-missing or file-altered) carries `file`: { name, expectedSha256, actualSha256 }',
  })
  verify(): Promise<VerifyAnswer> {
    return verifyStore(this.store, {
      federationId: this.runtime.config.federationId,
      files: this.runtime.infra.files,
    });
  }

  @Post('seals')
  @HttpCode(201)
  @ApiCreatedResponse({ type: SealAnswer })
  @ApiOperation({
    summary: '封存: record the head of every stream and their Merkle root now (also done hourly)',
  })
  seal(): Promise<SealAnswer> {
    return sealStore(this.store, {
      federationId: this.runtime.config.federationId,
      now: () => new Date(),
      newId: randomUUID,
    });
  }

  @Allow('auditor', 'scope:audit:read')
  @Get('events')
  @ApiReadProblems()
  @ApiOperation({
    summary:
      '审计记录: every change with who, when, what and why, in the order it was recorded; filters combine',
  })
  @ApiPage(AuditEventAnswer)
  async events(@Query() query: AuditQuery) {
    const page = await findAuditEvents(
      this.views,
      {
        societyId: query.societyId,
        memberId: query.memberId,
        campaignId: query.campaignId,
        roundId: query.roundId,
        batchId: query.batchId,
        streamId: query.streamId,
        actor: query.actor,
        type: query.type,
        from: query.from ? requireInstant('from', query.from) : undefined,
        to: query.to ? requireInstant('to', query.to) : undefined,
      },
      query.limit ?? 100,
      query.cursor ?? null,
    );
    return { items: page.items.map(present), next: page.next };
  }

  @Allow('auditor', 'scope:audit:read')
  @Get('commits/:streamId/:seq')
  @ApiReadProblems('AUDIT.COMMIT_NOT_FOUND')
  @ApiCommitParams()
  @ApiOperation({
    summary:
      '提交详情: one commit as stored, with its hash, the hash it chains to and every event it holds',
  })
  @ApiOkResponse({ type: CommitAnswer })
  async commit(
    @Param('streamId', new StreamIdParam()) streamId: string,
    @Param('seq', new SeqParam()) seq: number,
  ): Promise<CommitAnswer> {
    const [commit] = await this.store.readStream(streamId, seq - 1, seq);
    if (!commit) throw new CommitNotFound(commitId(streamId, seq));
    const { id, hash, prevHash, commandId, commandType, actor, recordedAt, events } = commit;
    return { id, streamId, seq, hash, prevHash, commandId, commandType, actor, recordedAt, events };
  }
}

class CommitNotFound extends NotFound {
  constructor(id: string) {
    super('AUDIT.COMMIT_NOT_FOUND', `commit ${id} does not exist`);
  }
}

function present(entry: AuditEntry): AuditEventAnswer {
  return {
    who: entry.actor,
    when: entry.recordedAt,
    what: entry.type,
    why: entry.reason,
    occurredAt: entry.occurredAt,
    streamId: entry.streamId,
    seq: entry.seq,
    index: entry.index,
    eventId: entry.eventId,
    schemaVersion: entry.schemaVersion,
    societyId: entry.societyId,
    memberIds: entry.memberIds,
    campaignId: entry.campaignId,
    ...roundAndBatch(entry),
    correlationId: entry.correlationId,
    data: entry.data,
  };
}
