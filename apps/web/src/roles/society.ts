/** The pages of the 学会党组织 (society): their addresses and their sections on the home page. */
import type { RouteRecordRaw } from 'vue-router';
import type { Section } from '../section';

export const routes: RouteRecordRaw[] = [];

export const sections: Section[] = [];
