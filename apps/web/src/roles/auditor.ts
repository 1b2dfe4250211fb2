/** The pages of the 审计 (auditor): their addresses and their sections on the home page. */
import type { RouteRecordRaw } from 'vue-router';
import type { Section } from '../section';

export const routes: RouteRecordRaw[] = [];

export const sections: Section[] = [];
