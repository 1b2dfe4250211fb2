/**
 * The business time of a fact the command dates (a lecture given, a task completed on a
 * day): the start of that day, UTC.
 */
export const occurredOn = (date: string): string => `${date}T00:00:00.000Z`;
