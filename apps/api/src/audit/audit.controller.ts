import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { NotFound, requireInstant } from '@pb/domain';
import { commitId, EventStore, sealStore, verifyStore } from '@pb/event-store';
import { Runtime } from '@pb/platform';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { findAuditEvents, ReadModelStore, roundAndBatch, type AuditEntry } from '@pb/projections';
import { AuditQuery } from './audit.dto';
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
      '校验: recompute every hash chain, check it against the latest seal, name the first broken link or missing commit',
  })
  @ApiOkResponse({ description: '{ ok, streams, commits, seal, problems, firstProblem }' })
  verify() {
    return verifyStore(this.store, { federationId: this.runtime.config.federationId });
  }

  @Post('seals')
  @HttpCode(201)
  @ApiOperation({
    summary: '封存: record the head of every stream and their Merkle root now (also done hourly)',
  })
  seal() {
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
  @ApiPage()
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
  @ApiOkResponse({
    description:
      '{ id, streamId, seq, hash, prevHash, commandId, commandType, actor, recordedAt, events }; events as recorded, at their stored schema version',
  })
  async commit(
    @Param('streamId', new StreamIdParam()) streamId: string,
    @Param('seq', new SeqParam()) seq: number,
  ) {
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

function present(entry: AuditEntry) {
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
