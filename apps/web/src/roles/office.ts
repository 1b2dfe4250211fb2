/** The pages of the 党委办公室 (office): their addresses and their sections on the home page. */
import type { RouteRecordRaw } from 'vue-router';
import type { Section } from '../section';

export const routes: RouteRecordRaw[] = [];

export const sections: Section[] = [];
