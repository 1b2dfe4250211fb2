/** The sections of the workbench each role sees on its home page and in the navigation. */
import type { Role } from './session';

export interface Section {
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  /** Served outside these pages (the reports dashboard). */
  readonly external?: boolean;
  readonly roles: readonly Role[];
}

const SECTIONS: readonly Section[] = [
  {
    path: '/dashboard/',
    title: '报表看板',
    summary: '工作进展、星级评定、督导抽查、组织生活与活力',
    external: true,
    roles: ['admin', 'auditor'],
  },
];

export function sectionsFor(role: Role | null): Section[] {
  if (!role) return [];
  return SECTIONS.filter((section) => role === 'admin' || section.roles.includes(role));
}
