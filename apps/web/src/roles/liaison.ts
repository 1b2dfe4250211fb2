/** The pages of the 联系委员 (liaison): their addresses and their sections on the home page. */
import type { RouteRecordRaw } from 'vue-router';
import type { Section } from '../section';

export const routes: RouteRecordRaw[] = [];

export const sections: Section[] = [];
