import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { buildEnvelopes, parseStreamId, streamIdOf, type StreamType } from '@pb/contracts';
import { DomainError, VersionMismatch, type Decider, type DomainEvent } from '@pb/domain';
import {
  DuplicateCommand,
  EventStore,
  GENESIS_HASH,
  StreamVersionConflict,
  type StoredCommit,
} from '@pb/event-store';
import { Runtime } from '@pb/platform';
import type { CommandContext, CommandOutcome } from './command-context';
import { IdempotencyKeyReused } from './idempotency-key-reused';
import { eventsOf, foldCommits, StreamStates, type StreamFold } from './stream-states';

export interface StreamCommand<C extends { type: string }, E extends DomainEvent, S> {
  readonly streamType: StreamType;
  readonly id: string;
  readonly decider: Decider<C, E, S>;
  readonly command: C;
  /** The business time of the fact when the command states one (a delivery date, say). */
  readonly occurredAt?: string;
  /**
   * The command starts its stream (a registration, a proposal): the stream is taken to be
   * empty without reading it, and the unique commit id at seq 1 tells otherwise, in
   * which case the command runs again on the stream as read.
   */
  readonly creates?: boolean;
  /** A check on the current state before deciding, e.g. that the stream exists. */
  readonly guard?: (state: S, version: number) => void;
  /**
   * Reserves what the new events make unique (a name, a credit code) before they are
   * appended; returns how to undo the reservation if the append fails.
   */
  readonly reserve?: (events: readonly E[], streamId: string) => Promise<() => Promise<void>>;
  /** Runs after the commit, with the state before it: releases what the events gave up. */
  readonly afterCommit?: (events: readonly E[], streamId: string, before: S) => Promise<void>;
}

/**
 * Load, decide, append: rebuilds the stream's state, asks the decider for events and
 * appends them as one commit. A retried command (same Idempotency-Key) returns the
 * first commit's outcome and writes nothing.
 */
@Injectable()
export class CommandRunner {
  /** Commands of this process between their start and their answer. */
  private inFlight = 0;

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Runtime) private readonly runtime: Runtime,
    private readonly states: StreamStates,
  ) {}

  /** The commit id of a command: the caller's key scoped to the caller, or a fresh UUID. */
  commandIdOf(context: CommandContext): string {
    if (context.idempotencyKey === null) return randomUUID();
    return createHash('sha256')
      .update(`${context.actor}\u0000${context.idempotencyKey}`)
      .digest('hex')
      .slice(0, 32);
  }

  async run<C extends { type: string }, E extends DomainEvent, S>(
    request: StreamCommand<C, E, S>,
    context: CommandContext,
    givenId?: string,
  ): Promise<CommandOutcome> {
    // Past the limit a command is refused at once: an api that queued whatever came would
    // answer everything late, and hold every waiting request in memory meanwhile.
    if (this.inFlight >= this.runtime.config.http.maxCommandsInFlight)
      throw new Overloaded(this.runtime.config.http.maxCommandsInFlight);
    this.inFlight++;
    const done = this.runtime.metrics.commandStarted(request.command.type);
    // A fresh UUID is never sent again, so nobody will look its commit up by it.
    const retriable = givenId !== undefined || context.idempotencyKey !== null;
    try {
      const outcome = await this.execute(
        request,
        context,
        givenId ?? this.commandIdOf(context),
        retriable,
      );
      done('ok');
      return outcome;
    } catch (error) {
      done(error instanceof DomainError ? error.kind : 'error');
      throw error;
    } finally {
      this.inFlight--;
    }
  }

  private async execute<C extends { type: string }, E extends DomainEvent, S>(
    request: StreamCommand<C, E, S>,
    context: CommandContext,
    commandId: string,
    retriable: boolean,
  ): Promise<CommandOutcome> {
    const streamId = streamIdOf(request.streamType, request.id);
    const earlier = retriable ? await this.store.findByCommandId(commandId) : null;
    if (earlier) return this.replay(earlier, request, context);

    // A stream this process knows has commits; If-Match needs the version as read; and a
    // command that reserves must see the stream first, or undoing its reservation after a
    // conflict could give up what the existing stream holds.
    const fresh =
      request.creates === true &&
      request.reserve === undefined &&
      context.expectedVersion === null &&
      !this.states.knows(streamId);
    const { state, version, head } = fresh
      ? { state: request.decider.initialState(), version: 0, head: null }
      : await this.states.load(streamId, request.decider);
    if (context.expectedVersion !== null && context.expectedVersion !== version)
      throw new VersionMismatch(context.expectedVersion, version);
    request.guard?.(state, version);
    // recordedAt never decreases along a stream, whatever the clocks of the api instances.
    const clock = new Date().toISOString();
    const now = head && head.recordedAt > clock ? head.recordedAt : clock;
    const events = request.decider.decide(request.command, state, { now });
    if (events.length === 0)
      return { id: request.id, streamId, version, events: [], replayed: false };

    const release = request.reserve ? await request.reserve(events, streamId) : null;
    const seq = version + 1;
    const envelopes = buildEnvelopes(
      events,
      {
        streamId,
        seq,
        occurredAt: request.occurredAt ?? context.occurredAt ?? now,
        recordedAt: now,
        actor: context.actor,
        correlationId: context.correlationId,
        causationId: commandId,
        federationId: this.runtime.config.federationId,
        commandId,
      },
      randomUUID,
    );
    try {
      await this.store.append(
        {
          streamId,
          seq,
          commandId,
          commandType: request.command.type,
          ...(context.requestHash !== undefined && { requestHash: context.requestHash }),
          actor: context.actor,
          recordedAt: now,
          events: envelopes,
          prevHash: head?.hash ?? GENESIS_HASH,
        },
        { retriable },
      );
    } catch (error) {
      await release?.();
      if (error instanceof DuplicateCommand) return this.replay(error.existing, request, context);
      if (fresh && error instanceof StreamVersionConflict)
        return this.execute({ ...request, creates: false }, context, commandId, retriable);
      throw error;
    }
    this.runtime.committed();
    await request.afterCommit?.(events, streamId, state);
    return {
      id: request.id,
      streamId,
      version: seq,
      events: envelopes.map((e) => e.type),
      replayed: false,
    };
  }

  /**
   * The outcome of the first commit of a retried command, read from the commit alone:
   * the first attempt may have died before it answered. A key used for another command
   * or another request is refused; a commit from before requests were hashed is taken
   * to be the same request.
   */
  private async replay<C extends { type: string }, E extends DomainEvent, S>(
    commit: StoredCommit,
    request: StreamCommand<C, E, S>,
    context: CommandContext,
  ): Promise<CommandOutcome> {
    const otherRequest =
      commit.requestHash !== undefined &&
      context.requestHash !== undefined &&
      commit.requestHash !== context.requestHash;
    if (commit.commandType !== request.command.type || otherRequest)
      throw new IdempotencyKeyReused();
    if (request.afterCommit)
      await this.finishAfterCommit(commit, request.decider, request.afterCommit);
    return {
      id: parseStreamId(commit.streamId)?.id ?? commit.streamId,
      streamId: commit.streamId,
      version: commit.seq,
      events: commit.events.map((e) => e.type),
      replayed: true,
    };
  }

  /**
   * Does again what follows a commit (releasing what its events gave up), which the
   * first attempt may have died before. Only while the commit is its stream's last: a
   * later commit may have taken back what this one gave up.
   */
  private async finishAfterCommit<E extends DomainEvent, S>(
    commit: StoredCommit,
    decider: StreamFold<E, S>,
    afterCommit: NonNullable<StreamCommand<never, E, S>['afterCommit']>,
  ): Promise<void> {
    const stream = await this.store.readStream(commit.streamId, 0);
    if (stream[stream.length - 1]?.id !== commit.id) return;
    const before = foldCommits(decider, stream.slice(0, -1));
    await afterCommit(eventsOf<E>(commit), commit.streamId, before);
  }
}

/** More commands at once than MAX_COMMANDS_IN_FLIGHT: answered 503 with Retry-After, like a store outage. */
export class Overloaded extends DomainError {
  readonly kind = 'unavailable' as const;
  constructor(limit: number) {
    super('API.OVERLOADED', `the api is already working on ${limit} commands; retry later`);
  }
}
