/** The sections of the workbench each role sees on its home page and in the navigation. */
import type { Role } from './session';
import type { Section } from './section';
import * as auditor from './roles/auditor';
import * as liaison from './roles/liaison';
import * as office from './roles/office';
import * as society from './roles/society';

const SECTIONS: readonly Section[] = [
  ...liaison.sections,
  ...society.sections,
  ...office.sections,
  ...auditor.sections,
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
