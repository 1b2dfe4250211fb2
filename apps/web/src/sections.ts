/** The sections of the workbench each role sees on its home page and in the navigation. */
import type { Role } from './session';
import type { Section } from './section';
import * as auditor from './roles/auditor';
import * as liaison from './roles/liaison';
import * as office from './roles/office';
import * as reports from './roles/reports';
import * as society from './roles/society';

const SECTIONS: readonly Section[] = [
  ...liaison.sections,
  ...society.sections,
  ...office.sections,
  ...auditor.sections,
  ...reports.sections,
];

export function sectionsFor(role: Role | null): Section[] {
  if (!role) return [];
  return SECTIONS.filter((section) => role === 'admin' || section.roles.includes(role));
}
