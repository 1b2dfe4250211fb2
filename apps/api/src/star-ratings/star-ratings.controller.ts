import { Body, Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@pb/domain';
import { Runtime } from '@pb/platform';
import { starRatingProjection, type StarRatingView } from '@pb/projections';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { derivedId } from '../application/derived-id';
import { GetViewQuery } from '../application/get-view/get-view.query';
import { EvidenceFiles } from '../files/evidence-files';
import { Access, Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import { Forbidden } from '../auth/auth-errors';
import type { Principal } from '../auth/principal';
import { ApiPage } from '../http/paging.dto';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';
import { Ctx } from '../http/command-headers';
import { CommandRoute } from '../http/command-route';
import { dispatch } from '../http/dispatch';
import { RequestInvalid } from '../http/request-invalid';
import { uuidParam } from '../http/uuid-param';
import { dateIn } from '../reports/report-clock';
import { AdjustStarsCommand } from './adjust-stars/adjust-stars.command';
import { DecideStarsCommand } from './decide-stars/decide-stars.command';
import { DecideStarsRequest } from './decide-stars/decide-stars.request.dto';
import { RatingListQuery, RatingQuery } from './star-rating.query.dto';
import { StarRatingReads } from './star-rating.reads';
import { StarRatingAnswer, StarRatingSummary } from './star-rating.response.dto';
import { AdjustStarsRequest, StarChangeRequest } from './star-rating.request.dto';
import { SubmitSelfAssessmentCommand } from './submit-self-assessment/submit-self-assessment.command';
import { SubmitSelfAssessmentRequest } from './submit-self-assessment/submit-self-assessment.request.dto';
import { SubmitStarRatingReviewCommand } from './submit-star-rating-review/submit-star-rating-review.command';
import { SubmitStarRatingReviewRequest } from './submit-star-rating-review/submit-star-rating-review.request.dto';
import { WithdrawStarsCommand } from './withdraw-stars/withdraw-stars.command';

const RATING = ':id/societies/:societyId';
const ROUND_OR_SOCIETY = 'STAR_RATING_ROUND.NOT_FOUND or SOCIETY.NOT_FOUND';

/** A liaison reviews as themself; the office enters a review in a named member's name. */
function reviewerOf(caller: Principal, named: string | undefined): string {
  const own = caller.role === 'liaison' ? caller.memberId : null;
  if (own !== null && named !== undefined && named !== own)
    throw new Forbidden('a committee member submits reviews in their own name only');
  const reviewerId = own ?? named;
  if (reviewerId === undefined)
    throw new RequestInvalid([
      {
        field: 'reviewerId',
        rule: 'isDefined',
        message: 'reviewerId names the committee member whose review the office enters',
      },
    ]);
  return reviewerId;
}

@ApiTags('star-ratings 星级评定')
@ApiGuarded()
@Controller('star-rating-rounds')
export class StarRatingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly access: Access,
    private readonly reads: StarRatingReads,
    @Inject(Runtime) private readonly runtime: Runtime,
    private readonly evidence: EvidenceFiles,
  ) {}

  @Allow('society')
  @CommandRoute(`${RATING}/self-assessment`, {
    summary:
      '提交自评: the society’s party secretary scores every item; a later submission replaces it while the round is open',
    notFound: ROUND_OR_SOCIETY,
    rule: 'STAR_RATING.ROUND_NOT_OPEN',
  })
  async selfAssess(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) roundId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: SubmitSelfAssessmentRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    this.access.societyOnly(caller, societyId);
    const authorId = caller.memberId ?? caller.sub;
    const items = await Promise.all(
      body.items.map(async (item, index) => ({
        ...item,
        evidence: await this.evidence.resolve(`items[${index}].evidence`, item.evidence),
      })),
    );
    return dispatch(
      this.commands,
      reply,
      new SubmitSelfAssessmentCommand({ roundId, societyId, authorId, items }, context),
    );
  }

  @Allow('liaison')
  @CommandRoute(`${RATING}/reviews`, {
    summary:
      '提交初评: a committee member scores every item; the society’s liaison in a launched campaign and the author of its self-assessment are refused',
    notFound: `${ROUND_OR_SOCIETY}, or MEMBER.NOT_FOUND`,
    rule: 'STAR_RATING.ROUND_NOT_IN_REVIEW, STAR_RATING.REVIEWER_IS_LIAISON, STAR_RATING.REVIEWER_WROTE_SELF_ASSESSMENT, STAR_RATING.ALREADY_DECIDED',
  })
  async review(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) roundId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: SubmitStarRatingReviewRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reviewerId, ...review } = body;
    return dispatch(
      this.commands,
      reply,
      new SubmitStarRatingReviewCommand(
        { roundId, societyId, reviewerId: reviewerOf(caller, reviewerId), ...review },
        context,
      ),
    );
  }

  @CommandRoute(`${RATING}/decision`, {
    summary:
      '审议: decide the stars; without stars, those the thresholds give for the reviewed total; other stars need a reason',
    notFound: ROUND_OR_SOCIETY,
    rule: 'STAR_RATING.ROUND_NOT_IN_REVIEW, STAR_RATING.NOT_REVIEWED',
  })
  async decide(
    @Param('id', uuidParam()) roundId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: DecideStarsRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new DecideStarsCommand({ roundId, societyId, ...body }, context),
    );
  }

  @CommandRoute(`${RATING}/withdrawal`, {
    summary: '摘星: after publication, the stars go to 0 from a date on, with a reason',
    notFound: ROUND_OR_SOCIETY,
    rule: 'STAR_RATING.ROUND_NOT_PUBLISHED, STAR_RATING.NOT_DECIDED, STAR_RATING.NO_STARS',
  })
  async withdraw(
    @Param('id', uuidParam()) roundId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: StarChangeRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new WithdrawStarsCommand({ roundId, societyId, ...body }, context),
    );
  }

  @CommandRoute(`${RATING}/adjustment`, {
    summary: '动态管理: after publication, the stars change from a date on, with a reason',
    notFound: ROUND_OR_SOCIETY,
    rule: 'STAR_RATING.ROUND_NOT_PUBLISHED, STAR_RATING.NOT_DECIDED',
  })
  async adjust(
    @Param('id', uuidParam()) roundId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: AdjustStarsRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new AdjustStarsCommand({ roundId, societyId, ...body }, context),
    );
  }

  @Allow('auditor', 'liaison', 'scope:reports:read')
  @Get(':id/societies')
  @ApiReadProblems('STAR_RATING_ROUND.NOT_FOUND')
  @ApiOperation({
    summary:
      '评定结果: the ratings of a round, one row per society (self, reviewed, decided), with a cursor',
  })
  @ApiPage(StarRatingSummary)
  async list(@Param('id', uuidParam()) roundId: string, @Query() query: RatingListQuery) {
    return this.reads.list(roundId, query);
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get(RATING)
  @ApiOkResponse({
    type: StarRatingAnswer,
    description:
      "The society's rating in the round: self-assessment, reviews, decision and current stars",
  })
  @ApiReadProblems('STAR_RATING.NOT_FOUND')
  @ApiOperation({
    summary:
      '学会评定详情: self-assessments, reviews, decision, totals by category, withdrawals and adjustments, and the stars on a day',
  })
  async get(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) roundId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Query() query: RatingQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    this.access.societyOnly(caller, societyId);
    const ratingId = derivedId(roundId, societyId);
    const view = await this.queries.execute(
      new GetViewQuery<StarRatingView>(
        starRatingProjection.spec.name,
        ratingId,
        () =>
          new NotFound(
            'STAR_RATING.NOT_FOUND',
            `society ${societyId} has no rating in round ${roundId}`,
          ),
        query.minVersion ?? null,
      ),
    );
    void reply.header('ETag', `"${view.version}"`);
    return this.reads.present(view, query.on ?? dateIn(new Date(), this.runtime.config.timeZone));
  }
}
