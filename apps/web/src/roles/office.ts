/** The pages of the 党委办公室 (office): their addresses and their sections on the home page. */
import type { RouteRecordRaw } from 'vue-router';
import type { Section } from '../section';
import AccountsPage from '../pages/office/AccountsPage.vue';
import CampaignPage from '../pages/office/CampaignPage.vue';
import CampaignsPage from '../pages/office/CampaignsPage.vue';
import MembersPage from '../pages/office/MembersPage.vue';
import SocietiesPage from '../pages/office/SocietiesPage.vue';

const office = { roles: ['admin'] } as const;

export const routes: RouteRecordRaw[] = [
  { path: '/office/campaigns', component: CampaignsPage, meta: { ...office, title: '工作部署' } },
  {
    path: '/office/campaigns/:id',
    component: CampaignPage,
    props: true,
    meta: { ...office, title: '工作部署详情' },
  },
  { path: '/office/societies', component: SocietiesPage, meta: { ...office, title: '学会名册' } },
  {
    path: '/office/societies/:id',
    component: () => import('../pages/office/SocietyPartyPage.vue'),
    props: true,
    meta: { ...office, title: '学会党组织' },
  },
  { path: '/office/members', component: MembersPage, meta: { ...office, title: '委员名册' } },
  { path: '/office/accounts', component: AccountsPage, meta: { ...office, title: '账号管理' } },
  {
    path: '/office/ratings',
    component: () => import('../pages/office/RatingRoundsPage.vue'),
    meta: { ...office, title: '星级评定管理' },
  },
  {
    path: '/office/ratings/new',
    component: () => import('../pages/office/RatingRoundNew.vue'),
    meta: { ...office, title: '新建评定' },
  },
  {
    path: '/office/ratings/:id',
    component: () => import('../pages/office/RatingRoundPage.vue'),
    props: true,
    meta: { ...office, title: '评定批次' },
  },
  {
    path: '/office/inspections',
    component: () => import('../pages/office/InspectionBatches.vue'),
    meta: { ...office, title: '督导抽查' },
  },
  {
    path: '/office/inspections/:id',
    component: () => import('../pages/office/InspectionBatch.vue'),
    props: true,
    meta: { ...office, title: '督导抽查批次' },
  },
  {
    path: '/office/inspections/:batchId/societies/:societyId',
    component: () => import('../pages/office/InspectionCase.vue'),
    props: true,
    meta: { ...office, title: '学会督导情况' },
  },
  {
    path: '/office/life-requirements',
    component: () => import('../pages/office/LifeRequirements.vue'),
    meta: { ...office, title: '组织生活要求' },
  },
];

export const sections: Section[] = [
  {
    path: '/office/campaigns',
    title: '工作部署',
    summary: '起草、发布、调整和结束工作部署；分配联系学会；导入宣讲安排表；下载进展报告',
    roles: ['admin'],
  },
  {
    path: '/office/societies',
    title: '学会名册',
    summary: '登记、更名和注销学会',
    roles: ['admin'],
  },
  {
    path: '/office/members',
    title: '委员名册',
    summary: '登记委员和宣讲专家，变更职务，办理离任',
    roles: ['admin'],
  },
  {
    path: '/office/accounts',
    title: '账号管理',
    summary: '邀请账号并分配角色，重发邀请，撤销角色，停用或启用账号',
    roles: ['admin'],
  },
  {
    path: '/office/ratings',
    title: '星级评定管理',
    summary: '制定评分细则和星级标准，推进自评、初评、审议和公布，公布后摘星或调整星级',
    roles: ['admin'],
  },
  {
    path: '/office/inspections',
    title: '督导抽查',
    summary: '计划督导批次，随机抽取或指定抽查学会，跟踪各学会的问题和整改，结束督导',
    roles: ['admin'],
  },
  {
    path: '/office/life-requirements',
    title: '组织生活要求',
    summary: '设定各年度的组织生活要求（三会一课、主题党日）、红黑榜名额和组织活力权重',
    roles: ['admin'],
  },
];
