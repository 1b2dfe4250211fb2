import { LIAISON_TARGET, type LiaisonWarning } from './campaign-types';

const RANGE = `${LIAISON_TARGET.min}–${LIAISON_TARGET.max}`;

/** A liaison's warning in Chinese, naming the liaison. */
export function warningText(warning: LiaisonWarning, nameOf: (id: string) => string): string {
  const who = warning.liaisonId ? nameOf(warning.liaisonId) : '';
  const count = warning.societies ?? 0;
  if (warning.code === 'ASSIGNMENT.LIAISON_BELOW_TARGET')
    return `${who}目前联系 ${count} 个学会，少于每位委员联系 ${RANGE} 个学会的要求。`;
  if (warning.code === 'ASSIGNMENT.LIAISON_ABOVE_TARGET')
    return `${who}目前联系 ${count} 个学会，多于每位委员联系 ${RANGE} 个学会的要求。`;
  return warning.message;
}

/** Whether a liaison with this many societies is outside the target. */
export function outsideTarget(count: number): boolean {
  return count < LIAISON_TARGET.min || count > LIAISON_TARGET.max;
}
