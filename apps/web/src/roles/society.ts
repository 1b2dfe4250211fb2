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
  {
    path: '/society/life',
    component: () => import('../pages/society/LifeRecords.vue'),
    meta: { roles: ['society'], title: '组织生活' },
  },
  {
    path: '/society/life/new',
    component: () => import('../pages/society/LifeRecordNew.vue'),
    meta: { roles: ['society'], title: '记录组织生活' },
  },
  {
    path: '/society/life/:id',
    component: () => import('../pages/society/LifeRecordDetail.vue'),
    props: true,
    meta: { roles: ['society'], title: '组织生活记录' },
  },
  {
    path: '/society/self-assessment',
    component: () => import('../pages/society/SelfAssessments.vue'),
    meta: { roles: ['society'], title: '星级评定' },
  },
  {
    path: '/society/self-assessment/:roundId',
    component: () => import('../pages/society/SelfAssessmentForm.vue'),
    props: true,
    meta: { roles: ['society'], title: '自评' },
  },
  {
    path: '/society/rectification',
    component: () => import('../pages/society/Rectification.vue'),
    meta: { roles: ['society'], title: '督导整改' },
  },
];

export const sections: Section[] = [
  {
    path: '/service-tasks',
    title: '我为群众办实事',
    summary: '提出、承接、办结实事，开启群众扫码评价',
    roles: ['society'],
  },
  {
    path: '/society/lectures',
    title: '宣讲确认',
    summary: '查看联系委员在本学会的宣讲，确认宣讲记录或退回补充',
    roles: ['society'],
  },
  {
    path: '/society/life',
    title: '组织生活',
    summary: '三会一课、主题党日的记录与本季度完成情况',
    roles: ['society'],
  },
  {
    path: '/society/self-assessment',
    title: '星级评定',
    summary: '填写年度自评，查看评定星级',
    roles: ['society'],
  },
  {
    path: '/society/rectification',
    title: '督导整改',
    summary: '督导发现的问题和整改事项，报告整改完成',
    roles: ['society'],
  },
];
