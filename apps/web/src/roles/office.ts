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
];
