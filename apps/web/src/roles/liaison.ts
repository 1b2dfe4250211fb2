/** The pages of the 联系委员 (liaison): their addresses and their sections on the home page. */
import type { RouteRecordRaw } from 'vue-router';
import type { Section } from '../section';

export const routes: RouteRecordRaw[] = [
  {
    path: '/liaison',
    component: () => import('../pages/liaison/MySocieties.vue'),
    meta: { roles: ['liaison'], title: '我联系的学会' },
  },
  {
    path: '/liaison/lectures/new',
    component: () => import('../pages/liaison/LectureSchedule.vue'),
    meta: { roles: ['liaison'], title: '安排宣讲' },
  },
  {
    path: '/liaison/lectures/:id',
    component: () => import('../pages/liaison/LectureDetail.vue'),
    props: true,
    meta: { roles: ['liaison'], title: '宣讲' },
  },
  {
    path: '/liaison/inspections',
    component: () => import('../pages/liaison/Inspections.vue'),
    meta: { roles: ['liaison'], title: '督导检查' },
  },
  {
    path: '/liaison/inspections/:batchId/:societyId',
    component: () => import('../pages/liaison/InspectionCase.vue'),
    props: true,
    meta: { roles: ['liaison'], title: '学会督导情况' },
  },
  {
    path: '/liaison/reviews',
    component: () => import('../pages/liaison/ReviewList.vue'),
    meta: { roles: ['liaison'], title: '待评审' },
  },
  {
    path: '/liaison/reviews/:roundId/:societyId',
    component: () => import('../pages/liaison/ReviewForm.vue'),
    props: true,
    meta: { roles: ['liaison'], title: '初评' },
  },
];

export const sections: Section[] = [
  {
    path: '/liaison',
    title: '我联系的学会',
    summary: '各学会尚缺的宣讲和办实事；安排宣讲、记录宣讲情况、修改退回的记录',
    roles: ['liaison'],
  },
  {
    path: '/liaison/inspections',
    title: '督导检查',
    summary: '作为督导组成员：记录走访、发现的问题和整改事项，确认或退回学会的整改',
    roles: ['liaison'],
  },
  {
    path: '/liaison/reviews',
    title: '待评审',
    summary: '星级评定初评：对照学会自评逐项打分，审议前可重新提交',
    roles: ['liaison'],
  },
];
