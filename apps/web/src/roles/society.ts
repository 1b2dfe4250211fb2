/** The pages of the 学会党组织 (society): their addresses and their sections on the home page. */
import type { RouteRecordRaw } from 'vue-router';
import type { Section } from '../section';

export const routes: RouteRecordRaw[] = [
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
