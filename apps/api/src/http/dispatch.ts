import type { CommandBus } from '@nestjs/cqrs';
import type { Command } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import type { CommandOutcome } from '../application/command-context';

/** Sends a command's outcome with its version as ETag. */
export function answer(reply: FastifyReply, outcome: CommandOutcome): CommandOutcome {
  void reply.header('ETag', `"${outcome.version}"`);
  if (outcome.replayed) void reply.header('Idempotent-Replayed', 'true');
  return outcome;
}

/** Runs a command on the bus and answers its outcome. */
export async function dispatch(
  bus: CommandBus,
  reply: FastifyReply,
  command: Command<CommandOutcome>,
): Promise<CommandOutcome> {
  return answer(reply, await bus.execute(command));
}

/** Runs a command that creates a thing, and answers its outcome with where the thing lives. */
export async function dispatchCreation(
  bus: CommandBus,
  reply: FastifyReply,
  command: Command<CommandOutcome>,
  collection: string,
): Promise<CommandOutcome> {
  const outcome = await dispatch(bus, reply, command);
  void reply.header('Location', `${collection}/${outcome.id}`);
  return outcome;
}
