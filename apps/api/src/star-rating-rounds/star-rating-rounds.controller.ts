import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StarRatingRoundNotFound } from '@pb/domain';
import { ratingRoundProjection, type RatingRoundView } from '@pb/projections';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { GetViewQuery } from '../application/get-view/get-view.query';
import { Allow } from '../auth/allow.decorator';
import { ApiPage } from '../http/paging.dto';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';
import { Ctx } from '../http/command-headers';
import { CommandRoute } from '../http/command-route';
import { dispatch, dispatchCreation } from '../http/dispatch';
import { FreshnessQuery } from '../http/freshness.dto';
import { uuidParam } from '../http/uuid-param';
import { AmendStarRatingRoundCommand } from './amend-star-rating-round/amend-star-rating-round.command';
import { AmendStarRatingRoundRequest } from './amend-star-rating-round/amend-star-rating-round.request.dto';
import { CloseStarRatingRoundCommand } from './close-star-rating-round/close-star-rating-round.command';
import { DraftStarRatingRoundCommand } from './draft-star-rating-round/draft-star-rating-round.command';
import { DraftStarRatingRoundRequest } from './draft-star-rating-round/draft-star-rating-round.request.dto';
import { OpenStarRatingRoundCommand } from './open-star-rating-round/open-star-rating-round.command';
import { PublishStarRatingRoundCommand } from './publish-star-rating-round/publish-star-rating-round.command';
import { PublishStarRatingRoundRequest } from './publish-star-rating-round/publish-star-rating-round.request.dto';
import { StartStarRatingReviewCommand } from './start-star-rating-review/start-star-rating-review.command';
import { RoundListQuery } from './star-rating-round.query.dto';
import { presentRound, StarRatingRoundReads } from './star-rating-round.reads';
import { StarRatingRoundAnswer, StarRatingRoundSummary } from './star-rating-round.response.dto';

const ROUNDS = '/star-rating-rounds';

@ApiTags('star-rating-rounds 星级评定批次')
@ApiGuarded()
@Controller('star-rating-rounds')
export class StarRatingRoundsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly reads: StarRatingRoundReads,
  ) {}

  @CommandRoute({
    summary:
      '起草评定批次: draft a star rating round with its criteria and the thresholds of 1 to 8 stars',
    conflict: 'STAR_RATING_ROUND.ALREADY_EXISTS',
    creates: true,
  })
  async draft(
    @Body() body: DraftStarRatingRoundRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { id, ...definition } = body;
    return dispatchCreation(
      this.commands,
      reply,
      new DraftStarRatingRoundCommand({ roundId: id ?? randomUUID(), ...definition }, context),
      ROUNDS,
    );
  }

  @CommandRoute(':id/amend', {
    summary: '调整评定批次: replace the draft round’s year, title, criteria or thresholds',
    notFound: 'STAR_RATING_ROUND.NOT_FOUND',
    rule: 'STAR_RATING_ROUND.NOT_DRAFT',
  })
  async amend(
    @Param('id', uuidParam()) id: string,
    @Body() body: AmendStarRatingRoundRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new AmendStarRatingRoundCommand({ roundId: id, ...body }, context),
    );
  }

  @CommandRoute(':id/open', {
    summary: '开始自评: open the draft round for the societies’ self-assessments',
    notFound: 'STAR_RATING_ROUND.NOT_FOUND',
    rule: 'STAR_RATING_ROUND.NOT_DRAFT',
    body: false,
  })
  async open(
    @Param('id', uuidParam()) id: string,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(this.commands, reply, new OpenStarRatingRoundCommand({ roundId: id }, context));
  }

  @CommandRoute(':id/start-review', {
    summary: '开始初评: end self-assessment; reviews and decisions begin',
    notFound: 'STAR_RATING_ROUND.NOT_FOUND',
    rule: 'STAR_RATING_ROUND.NOT_OPEN',
    body: false,
  })
  async startReview(
    @Param('id', uuidParam()) id: string,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new StartStarRatingReviewCommand({ roundId: id }, context),
    );
  }

  @CommandRoute(':id/publish', {
    summary:
      '公布: publish every decision of the round; from publishedOn they are the societies’ current stars',
    notFound: 'STAR_RATING_ROUND.NOT_FOUND',
    rule: 'STAR_RATING_ROUND.NOT_IN_REVIEW, STAR_RATING_ROUND.NOTHING_TO_PUBLISH',
  })
  async publish(
    @Param('id', uuidParam()) id: string,
    @Body() body: PublishStarRatingRoundRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new PublishStarRatingRoundCommand({ roundId: id, publishedOn: body.publishedOn }, context),
    );
  }

  @CommandRoute(':id/close', {
    summary: '结束评定批次: close a published round; withdrawals and adjustments stay possible',
    notFound: 'STAR_RATING_ROUND.NOT_FOUND',
    rule: 'STAR_RATING_ROUND.NOT_PUBLISHED',
    body: false,
  })
  async close(
    @Param('id', uuidParam()) id: string,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new CloseStarRatingRoundCommand({ roundId: id }, context),
    );
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get()
  @ApiReadProblems()
  @ApiOperation({
    summary: '评定批次列表: star rating rounds, filtered by state and year, with a cursor',
  })
  @ApiPage(StarRatingRoundSummary)
  async list(@Query() query: RoundListQuery) {
    return this.reads.list(query);
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get(':id')
  @ApiOkResponse({
    type: StarRatingRoundAnswer,
    description: 'The round with its criteria, thresholds and progress',
  })
  @ApiReadProblems('STAR_RATING_ROUND.NOT_FOUND')
  @ApiOperation({
    summary:
      '评定批次详情: criteria, thresholds, state, and progress (societies self-assessed, reviewed, decided)',
  })
  async get(
    @Param('id', uuidParam()) id: string,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.queries.execute(
      new GetViewQuery<RatingRoundView>(
        ratingRoundProjection.spec.name,
        id,
        () => new StarRatingRoundNotFound(id),
        freshness.minVersion ?? null,
      ),
    );
    void reply.header('ETag', `"${view.version}"`);
    return presentRound(view, await this.reads.progress(id));
  }
}
