/**
 * The reports (报表看板) the office and auditors read: a campaign's progress, the star
 * rating, the inspections and the organisational life of a period; their addresses and
 * their section on the home page.
 */
import type { RouteRecordRaw } from 'vue-router';
import type { Section } from '../section';

const roles = ['auditor'] as const;

export const routes: RouteRecordRaw[] = [
  {
    path: '/reports',
    component: () => import('../pages/reports/ReportsLayout.vue'),
    meta: { roles, title: '报表看板' },
    children: [
      {
        path: '',
        component: () => import('../pages/reports/ProgressReport.vue'),
        meta: { title: '工作进展' },
      },
      {
        path: 'star-rating',
        component: () => import('../pages/reports/StarRatingReport.vue'),
        meta: { title: '星级评定' },
      },
      {
        path: 'inspection',
        component: () => import('../pages/reports/InspectionReport.vue'),
        meta: { title: '督导抽查' },
      },
      {
        path: 'life',
        component: () => import('../pages/reports/LifeReport.vue'),
        meta: { title: '组织生活与活力' },
      },
    ],
  },
];

export const sections: Section[] = [
  {
    path: '/reports',
    title: '报表看板',
    summary: '工作进展、星级评定、督导抽查、组织生活与活力',
    roles,
  },
];
