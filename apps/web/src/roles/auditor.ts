/** The pages of the 审计 (auditor): their addresses and their sections on the home page. */
import type { RouteRecordRaw } from 'vue-router';
import type { Section } from '../section';

const roles = ['auditor'] as const;

export const routes: RouteRecordRaw[] = [
  {
    path: '/audit',
    component: () => import('../pages/auditor/AuditTrail.vue'),
    meta: { roles, title: '审计记录' },
  },
  {
    path: '/audit/verify',
    component: () => import('../pages/auditor/AuditVerify.vue'),
    meta: { roles, title: '完整性校验' },
  },
  {
    path: '/audit/:streamId/:seq(\\d+)/:index(\\d+)',
    component: () => import('../pages/auditor/AuditEvent.vue'),
    props: true,
    meta: { roles, title: '事件详情' },
  },
];

export const sections: Section[] = [
  {
    path: '/audit',
    title: '审计记录',
    summary: '每一项变更的时间、操作人、内容和原因，可按记录、类型、人员和时间筛选',
    roles,
  },
  {
    path: '/audit/verify',
    title: '完整性校验',
    summary: '核对哈希链、封存和佐证文件，列出被改动或替换之处',
    roles,
  },
];
