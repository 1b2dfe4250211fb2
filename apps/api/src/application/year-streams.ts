import { derivedId } from './derived-id';

/**
 * The namespaces of the streams kept per year: a year's requirement table and its vitality
 * weights live at `derivedId(namespace, String(year))`, so that a route finds the stream from
 * the year alone. Fixed for good: changing one would orphan every table already set.
 */
export const LIFE_REQUIREMENTS_NAMESPACE = '728f8e58-89de-4e9a-aab8-fdf5592182a2';
export const VITALITY_WEIGHTS_NAMESPACE = '3e465cd9-9e3c-438b-a1cf-0af8243ddfb9';

/** The id of the stream that holds a year's organisational-life requirement table. */
export const lifeRequirementsId = (year: number): string =>
  derivedId(LIFE_REQUIREMENTS_NAMESPACE, String(year));

/** The id of the stream that holds a year's vitality weights. */
export const vitalityWeightsId = (year: number): string =>
  derivedId(VITALITY_WEIGHTS_NAMESPACE, String(year));
