/**
 * Reads again until the answer shows what was just written: the lists are views that
 * follow the writes by a moment. After about five seconds the last answer is taken as is.
 */
export async function readUntil<T>(
  read: () => Promise<T>,
  shows: (value: T) => boolean,
  tries = 20,
  pauseMs = 250,
): Promise<T> {
  let value = await read();
  for (let i = 1; i < tries && !shows(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    value = await read();
  }
  return value;
}
