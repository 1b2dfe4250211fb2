import { createParamDecorator, Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { streamIdOf } from '@pb/contracts';
import {
  lectureDecider,
  organisationalLifeDecider,
  serviceTaskDecider,
  type Decider,
  type DomainEvent,
} from '@pb/domain';
import { StreamStates } from '../application/stream-states';
import { assignmentProjection, ReadModelStore, type AssignmentView } from '@pb/projections';
import { Forbidden } from './auth-errors';
import type { AuthenticatedRequest } from './auth.guard';
import type { Principal } from './principal';

/** The verified caller of the current request (set by the AuthGuard). */
export const Caller = createParamDecorator(
  (_: unknown, context: ExecutionContext) =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().principal as Principal,
);

/**
 * Ownership, checked by the handlers that know the resource: a liaison acts in the
 * societies assigned to them and on the lectures they give; a society's party
 * secretary acts on their own society's tasks and lectures.
 */
@Injectable()
export class Access {
  constructor(
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    private readonly states: StreamStates,
  ) {}

  private async liaises(memberId: string, societyId: string): Promise<boolean> {
    const rows = await this.views.find<AssignmentView>(assignmentProjection.spec.name, {
      where: { societyId, liaisonId: memberId, status: 'assigned' },
      limit: 1,
    });
    return rows.items.length > 0;
  }

  private async state<S>(streamId: string, decider: Decider<never, DomainEvent, S>): Promise<S> {
    return (await this.states.load(streamId, decider)).state;
  }

  /** A society's own records: the society itself, its liaison, and anyone reading everything. */
  async society(caller: Principal, societyId: string): Promise<void> {
    if (caller.role === 'society' && caller.societyId === societyId) return;
    if (
      caller.role === 'liaison' &&
      caller.memberId &&
      (await this.liaises(caller.memberId, societyId))
    )
      return;
    if (caller.role === 'society' || caller.role === 'liaison')
      throw new Forbidden('this society is not yours');
  }

  /**
   * The society a list of a society's records is narrowed to: a society reads its own
   * only (naming another is refused); a liaison names one assigned to them or reads what
   * `own` yields (their own lectures); the others read all, narrowed as they ask.
   */
  async societyList(caller: Principal, societyId: string | undefined): Promise<string | undefined> {
    if (caller.role === 'society') {
      if (societyId !== undefined && societyId !== caller.societyId)
        throw new Forbidden('this society is not yours');
      return caller.societyId ?? undefined;
    }
    if (societyId !== undefined) await this.society(caller, societyId);
    return societyId;
  }

  /** Only the society's own party secretary (or admin). */
  societyOnly(caller: Principal, societyId: string): void {
    if (caller.role === 'society' && caller.societyId !== societyId)
      throw new Forbidden('this society is not yours');
  }

  /** A member's own views: the member themself. */
  member(caller: Principal, memberId: string): void {
    if (caller.role === 'liaison' && caller.memberId !== memberId)
      throw new Forbidden("these are another member's views");
    if (caller.role === 'society') throw new Forbidden('a society reads its own views only');
  }

  /** A liaison schedules lectures as the lecturer, or in a society assigned to them. */
  async scheduling(caller: Principal, societyId: string, lecturerId: string): Promise<void> {
    if (caller.role !== 'liaison') return;
    if (
      caller.memberId === lecturerId ||
      (caller.memberId && (await this.liaises(caller.memberId, societyId)))
    )
      return;
    throw new Forbidden('a liaison schedules lectures they give or in societies assigned to them');
  }

  /** A lecture: its lecturer or the society's liaison record it; the society's secretary returns or confirms it. */
  async lecture(
    caller: Principal,
    lectureId: string,
    as: 'lecturer' | 'secretary' | 'reader',
  ): Promise<void> {
    if (caller.role === 'admin' || caller.role === 'auditor' || caller.role === 'integration')
      return;
    const lecture = await this.state(`lecture-${lectureId}`, lectureDecider);
    if (lecture.status === 'none') return;
    if (
      caller.role === 'society' &&
      (as === 'secretary' || as === 'reader') &&
      caller.societyId === lecture.societyId
    )
      return;
    if (
      caller.role === 'liaison' &&
      (as === 'lecturer' || as === 'reader') &&
      caller.memberId &&
      (caller.memberId === lecture.lecturerId ||
        (await this.liaises(caller.memberId, lecture.societyId)))
    )
      return;
    throw new Forbidden(
      as === 'secretary'
        ? "only the society's party secretary returns or confirms its lectures"
        : 'this lecture is not yours',
    );
  }

  /** A service task belongs to its society's party organisation; a liaison may read those of their societies. */
  async task(caller: Principal, taskId: string, reading: boolean): Promise<void> {
    if (caller.role === 'admin' || caller.role === 'auditor' || caller.role === 'integration')
      return;
    const task = await this.state(`service-task-${taskId}`, serviceTaskDecider);
    if (task.status === 'none') return;
    if (caller.role === 'society' && caller.societyId === task.societyId) return;
    if (
      reading &&
      caller.role === 'liaison' &&
      caller.memberId &&
      (await this.liaises(caller.memberId, task.societyId))
    )
      return;
    throw new Forbidden('this service task is not yours');
  }

  /** An organisational-life record is changed by the office or by its own society's secretary. */
  async lifeRecord(caller: Principal, recordId: string): Promise<void> {
    if (caller.role === 'admin') return;
    if (caller.role === 'society') {
      const record = await this.state(
        streamIdOf('organisational-life', recordId),
        organisationalLifeDecider,
      );
      // An unknown record is answered 404 by its command.
      if (record.status === 'none' || record.societyId === caller.societyId) return;
    }
    throw new Forbidden('this organisational life record is not yours');
  }
}
