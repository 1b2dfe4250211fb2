/** The pages of the 学会党组织 (society): their addresses and their sections on the home page. */
import type { RouteRecordRaw } from 'vue-router';
import type { Section } from '../section';

export const routes: RouteRecordRaw[] = [
  {
    path: '/society/lectures',
    component: () => import('../pages/society/Lectures.vue'),
    meta: { roles: ['society'], title: '宣讲确认' },
  },
  {
    path: '/society/lectures/:id',
    component: () => import('../pages/society/LecturesDetail.vue'),
    props: true,
    meta: { roles: ['society'], title: '宣讲记录' },
  },
];

export const sections: Section[] = [
  {
    path: '/society/lectures',
    title: '宣讲确认',
    summary: '查看联系委员在本学会的宣讲，确认宣讲记录或退回补充',
    roles: ['society'],
  },
];
