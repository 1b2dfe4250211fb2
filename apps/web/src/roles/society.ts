/** The pages of the 学会党组织 (society): their addresses and their sections on the home page. */
import type { RouteRecordRaw } from 'vue-router';
import type { Section } from '../section';

export const routes: RouteRecordRaw[] = [
  {
    path: '/service-tasks',
    component: () => import('../pages/society/ServiceTasks.vue'),
    meta: { roles: ['society'], title: '我为群众办实事' },
  },
  {
    path: '/service-tasks/:id',
    component: () => import('../pages/society/ServiceTask.vue'),
    props: true,
    meta: { roles: ['society'], title: '实事详情' },
  },
  {
    path: '/service-tasks/:id/codes',
    component: () => import('../pages/society/RatingCodes.vue'),
    props: true,
    meta: { roles: ['society'], title: '打印评价码' },
  },
  // The people served rate on their phones with a one-time code, without an account.
  {
    path: '/rate/:taskId/:code',
    component: () => import('../pages/Rate.vue'),
    props: true,
    meta: { public: true, title: '群众评价' },
  },
];

export const sections: Section[] = [
  {
    path: '/service-tasks',
    title: '我为群众办实事',
    summary: '提出、承接、办结实事，开启群众扫码评价',
    roles: ['society'],
  },
];
