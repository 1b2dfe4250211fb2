/**
 * The pages by address (hash history: the api serves one index.html and needs no
 * fallback). Every page but sign-in, the invitation and the people's rating needs a
 * session; a page for other roles sends the person back to their own home.
 */
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import { ApiError, get } from './api';
import { session, type Role, type Session } from './session';
import Home from './pages/Home.vue';
import Invitation from './pages/Invitation.vue';
import SignIn from './pages/SignIn.vue';
import * as auditor from './roles/auditor';
import * as liaison from './roles/liaison';
import * as office from './roles/office';
import * as reports from './roles/reports';
import * as society from './roles/society';

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without an account. */
    public?: boolean;
    /** The roles that may open the page (admin always may); every signed-in role if absent. */
    roles?: readonly Role[];
    /** The page's name, for the title and the navigation. */
    title?: string;
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/', component: Home, meta: { title: '首页' } },
  { path: '/sign-in', component: SignIn, meta: { public: true, title: '登录' } },
  {
    path: '/invitation/:token',
    component: Invitation,
    props: true,
    meta: { public: true, title: '设置密码' },
  },
  ...liaison.routes,
  ...society.routes,
  ...office.routes,
  ...auditor.routes,
  ...reports.routes,
  { path: '/:unknown(.*)*', redirect: '/' },
];

export const router = createRouter({ history: createWebHashHistory(), routes });

/** The session of the cookie, asked once per page load. */
export async function loadSession(): Promise<void> {
  try {
    session.value = await get<Session>('/session');
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    session.value = null;
  }
}

let loaded: Promise<void> | null = null;

router.beforeEach(async (to) => {
  loaded ??= loadSession();
  await loaded.catch(() => undefined);
  if (to.meta.public) return true;
  const account = session.value?.account;
  if (!account)
    return { path: '/sign-in', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  const roles = to.meta.roles;
  if (roles && account.role !== 'admin' && (!account.role || !roles.includes(account.role)))
    return '/';
  return true;
});

router.afterEach((to) => {
  document.title = `${to.meta.title ?? ''}${to.meta.title ? ' - ' : ''}科技社团党建工作台`;
});
