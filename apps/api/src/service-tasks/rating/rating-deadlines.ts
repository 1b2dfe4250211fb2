import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@pb/domain';
import { Runtime } from '@pb/platform';
import {
  ReadModelStore,
  serviceTaskProjection,
  type FindResult,
  type ServiceTaskView,
} from '@pb/projections';
import { CloseServiceTaskRatingCommand } from '../close-service-task-rating/close-service-task-rating.command';

const PAGE = 500;

/**
 * Closes the ratings whose deadline passed, as `system`, every RATING_CLOSE_EVERY_SECONDS.
 * Every api instance runs it: the close of one rating is keyed by its deadline, so two
 * instances closing it at once write one commit, and a rating already closed is skipped.
 */
@Injectable()
export class RatingDeadlines implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RatingDeadlines');
  private readonly everyMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(Runtime) runtime: Runtime,
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    private readonly commands: CommandBus,
  ) {
    this.everyMs = runtime.config.rating.closeEverySeconds * 1000;
  }

  onApplicationBootstrap(): void {
    if (this.everyMs === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.closeOverdue()
        .then(() => undefined)
        .catch((error: unknown) =>
          this.logger.warn(`closing overdue ratings failed: ${String(error)}`),
        )
        .finally(() => (this.running = null));
    }, this.everyMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Closes every open rating whose deadline is past `now`; answers how many it closed. */
  async closeOverdue(now = new Date()): Promise<number> {
    let closed = 0;
    for (const task of await this.overdue(now.getTime()))
      try {
        await this.commands.execute(
          new CloseServiceTaskRatingCommand(
            { taskId: task.taskId, atDeadline: true, now: now.toISOString() },
            {
              actor: 'system',
              correlationId: `rating-deadline:${task.taskId}`,
              idempotencyKey: `rating-deadline:${task.taskId}:${task.rating?.closesAt}`,
              expectedVersion: null,
            },
          ),
        );
        closed++;
      } catch (error) {
        // The view lags the stream: a rating it shows open may have closed meanwhile.
        if (!(error instanceof DomainError)) throw error;
      }
    return closed;
  }

  /** A rating opens only on a completed task, and the task stays completed while it is open. */
  private async overdue(now: number): Promise<ServiceTaskView[]> {
    const due: ServiceTaskView[] = [];
    let after: string | null = null;
    do {
      const page: FindResult<ServiceTaskView> = await this.views.find<ServiceTaskView>(
        serviceTaskProjection.spec.name,
        {
          where: { status: 'completed' },
          fields: ['taskId', 'rating'],
          limit: PAGE,
          after,
        },
      );
      due.push(
        ...page.items.filter(
          (task) => task.rating?.status === 'open' && Date.parse(task.rating.closesAt) <= now,
        ),
      );
      after = page.next;
    } while (after !== null);
    return due;
  }
}
