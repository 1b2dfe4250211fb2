import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIFE_REQUIREMENTS, DEFAULT_VITALITY_WEIGHTS } from '@pb/domain';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET, tokenFor } from './support/auth';
import { call } from './support/http';
import { inspectionFixtures } from './support/inspection-client';
import { PARTY_LECTURE } from './support/organisational-life';
import { draftRound, sheet } from './support/star-rating';

type Label =
  | 'anonymous'
  | 'admin'
  | 'auditor'
  | 'liaison'
  | 'liaison-other'
  | 'society'
  | 'society-other'
  | 'integration-write'
  | 'integration-read'
  | 'integration-audit';
const LABELS: Label[] = [
  'anonymous',
  'admin',
  'auditor',
  'liaison',
  'liaison-other',
  'society',
  'society-other',
  'integration-write',
  'integration-read',
  'integration-audit',
];

interface Fixtures {
  campaign: string;
  closable: string;
  member: string;
  otherMember: string;
  retiring: string;
  society: string;
  otherSociety: string;
  movable: string;
  deregistering: string;
  lecture: string;
  task: string;
  /** A drawn inspection batch whose inspector is `member`, with `society` visited. */
  batch: string;
  /** A rectification item of `society`'s inspection in `batch`. */
  item: string;
  round: string;
  /** An organisational-life record of `society`. */
  record: string;
  /** An uploaded file, as a record names it. */
  evidence: { sha256: string }[];
}

interface Case {
  /** As OpenAPI names it, e.g. `POST /lectures/{id}/delivery`. */
  route: string;
  allowed: Label[];
  request: (f: Fixtures) => { path: string; body?: unknown };
}

const READERS: Label[] = ['admin', 'auditor', 'integration-read'];
const delivery = {
  deliveredOn: '2021-08-10',
  partyMemberAudience: 10,
  otherAudience: 100,
  summary: '宣讲',
  evidence: [],
};

const EVERYONE_SIGNED_IN: Label[] = [
  ...READERS,
  'liaison',
  'liaison-other',
  'society',
  'society-other',
];
const inspection = (f: Fixtures, rest = '') =>
  `/inspection-batches/${f.batch}/societies/${f.society}${rest}`;

/** Inspections: the office plans and draws; the batch's inspectors inspect; the society reports. */
const INSPECTION_CASES: Case[] = [
  {
    route: 'POST /inspection-batches',
    allowed: ['admin'],
    request: (f) => ({
      path: '/inspection-batches',
      body: {
        title: '督导抽查',
        focus: ['学习宣传贯彻'],
        population: {},
        inspectorIds: [f.member],
        sampleSize: 1,
      },
    }),
  },
  {
    route: 'POST /inspection-batches/{id}/draw',
    allowed: ['admin'],
    request: (f) => ({ path: `/inspection-batches/${f.batch}/draw`, body: {} }),
  },
  {
    route: 'POST /inspection-batches/{id}/societies',
    allowed: ['admin'],
    request: (f) => ({
      path: `/inspection-batches/${f.batch}/societies`,
      body: { societyId: f.otherSociety, reason: '指定抽查' },
    }),
  },
  {
    route: 'POST /inspection-batches/{id}/close',
    allowed: ['admin'],
    request: (f) => ({ path: `/inspection-batches/${f.batch}/close` }),
  },
  {
    route: 'GET /inspection-batches',
    allowed: EVERYONE_SIGNED_IN,
    request: () => ({ path: '/inspection-batches' }),
  },
  {
    route: 'GET /inspection-batches/{id}',
    allowed: EVERYONE_SIGNED_IN,
    request: (f) => ({ path: `/inspection-batches/${f.batch}` }),
  },
  {
    route: 'POST /inspection-batches/{id}/societies/{societyId}/visit',
    allowed: ['admin', 'liaison'],
    request: (f) => ({
      path: inspection(f, '/visit'),
      body: { visitedOn: '2026-04-15', inspectorIds: [f.member] },
    }),
  },
  {
    route: 'POST /inspection-batches/{id}/societies/{societyId}/findings',
    allowed: ['admin', 'liaison'],
    request: (f) => ({
      path: inspection(f, '/findings'),
      body: { category: '学习宣传贯彻', description: '未开展专题学习', severity: 'minor' },
    }),
  },
  {
    route: 'POST /inspection-batches/{id}/societies/{societyId}/rectification-items',
    allowed: ['admin', 'liaison'],
    request: (f) => ({
      path: inspection(f, '/rectification-items'),
      body: { findingId: f.item, action: '整改', dueOn: '2026-06-30' },
    }),
  },
  {
    route:
      'POST /inspection-batches/{id}/societies/{societyId}/rectification-items/{itemId}/report',
    allowed: ['admin', 'society'],
    request: (f) => ({
      path: inspection(f, `/rectification-items/${f.item}/report`),
      body: { note: '已整改', evidence: f.evidence },
    }),
  },
  {
    route:
      'POST /inspection-batches/{id}/societies/{societyId}/rectification-items/{itemId}/return',
    allowed: ['admin', 'liaison'],
    request: (f) => ({
      path: inspection(f, `/rectification-items/${f.item}/return`),
      body: { reason: '请补充' },
    }),
  },
  {
    route:
      'POST /inspection-batches/{id}/societies/{societyId}/rectification-items/{itemId}/accept',
    allowed: ['admin', 'liaison'],
    request: (f) => ({ path: inspection(f, `/rectification-items/${f.item}/accept`), body: {} }),
  },
  {
    route: 'POST /inspection-batches/{id}/societies/{societyId}/close',
    allowed: ['admin', 'liaison'],
    request: (f) => ({ path: inspection(f, '/close') }),
  },
  {
    route: 'GET /inspection-batches/{id}/societies/{societyId}',
    allowed: [...READERS, 'liaison', 'society'],
    request: (f) => ({ path: inspection(f) }),
  },
  // A member reads the report of a batch they inspect in (`liaison`), no other.
  {
    route: 'GET /inspection-batches/{id}/report',
    allowed: [...READERS, 'liaison'],
    request: (f) => ({ path: `/inspection-batches/${f.batch}/report` }),
  },
];

/** The star rating: the office runs rounds and decides, members review, a society assesses itself. */
const STAR_RATING_CASES: Case[] = [
  {
    route: 'POST /star-rating-rounds',
    allowed: ['admin'],
    request: () => ({
      path: '/star-rating-rounds',
      body: { year: 2025, title: '评定', criteria: [], thresholds: [] },
    }),
  },
  ...(['amend', 'open', 'start-review', 'publish', 'close'] as const).map((step) => ({
    route: `POST /star-rating-rounds/{id}/${step}`,
    allowed: ['admin'] as Label[],
    request: (f: Fixtures) => ({
      path: `/star-rating-rounds/${f.round}/${step}`,
      body: step === 'publish' ? { publishedOn: '2026-03-20' } : undefined,
    }),
  })),
  {
    route: 'GET /star-rating-rounds',
    allowed: EVERYONE_SIGNED_IN,
    request: () => ({ path: '/star-rating-rounds' }),
  },
  {
    route: 'GET /star-rating-rounds/{id}',
    allowed: EVERYONE_SIGNED_IN,
    request: (f) => ({ path: `/star-rating-rounds/${f.round}` }),
  },
  {
    route: 'POST /star-rating-rounds/{id}/societies/{societyId}/self-assessment',
    allowed: ['admin', 'society'],
    request: (f) => ({
      path: `/star-rating-rounds/${f.round}/societies/${f.society}/self-assessment`,
      body: { items: sheet([10, 10, 10, 10]) },
    }),
  },
  {
    route: 'POST /star-rating-rounds/{id}/societies/{societyId}/reviews',
    allowed: ['admin', 'liaison', 'liaison-other'],
    request: (f) => ({
      path: `/star-rating-rounds/${f.round}/societies/${f.society}/reviews`,
      body: { items: sheet([10, 10, 10, 10]) },
    }),
  },
  ...(['decision', 'withdrawal', 'adjustment'] as const).map((step) => ({
    route: `POST /star-rating-rounds/{id}/societies/{societyId}/${step}`,
    allowed: ['admin'] as Label[],
    request: (f: Fixtures) => ({
      path: `/star-rating-rounds/${f.round}/societies/${f.society}/${step}`,
      body: step === 'decision' ? {} : { stars: 3, reason: '调整', effectiveOn: '2026-06-01' },
    }),
  })),
  {
    route: 'GET /star-rating-rounds/{id}/societies',
    allowed: [...READERS, 'liaison', 'liaison-other'],
    request: (f) => ({ path: `/star-rating-rounds/${f.round}/societies` }),
  },
  {
    route: 'GET /star-rating-rounds/{id}/societies/{societyId}',
    allowed: [...READERS, 'liaison', 'liaison-other', 'society'],
    request: (f) => ({ path: `/star-rating-rounds/${f.round}/societies/${f.society}` }),
  },
  {
    route: 'GET /star-rating-rounds/{id}/report',
    allowed: READERS,
    request: (f) => ({ path: `/star-rating-rounds/${f.round}/report` }),
  },
];

/** Organisational life: a society records its own; the office sends instructors and sets the yearly tables. */
const ORGANISATIONAL_LIFE_CASES: Case[] = [
  {
    route: 'POST /societies/{id}/instructor',
    allowed: ['admin'],
    request: (f) => ({
      path: `/societies/${f.society}/instructor`,
      body: { instructorName: '刘洋', since: '2026-03-01' },
    }),
  },
  {
    route: 'POST /societies/{id}/instructor/recall',
    allowed: ['admin'],
    request: (f) => ({
      path: `/societies/${f.society}/instructor/recall`,
      body: { on: '2026-06-30', reason: '学会党委已成立' },
    }),
  },
  {
    route: 'POST /societies/{id}/organisational-life',
    allowed: ['admin', 'society'],
    request: (f) => ({ path: `/societies/${f.society}/organisational-life`, body: PARTY_LECTURE }),
  },
  {
    route: 'POST /organisational-life/{id}/correction',
    allowed: ['admin', 'society'],
    request: (f) => ({
      path: `/organisational-life/${f.record}/correction`,
      body: { ...PARTY_LECTURE, present: 19, reason: '补签' },
    }),
  },
  {
    route: 'POST /organisational-life/{id}/withdrawal',
    allowed: ['admin', 'society'],
    request: (f) => ({
      path: `/organisational-life/${f.record}/withdrawal`,
      body: { reason: '重复录入' },
    }),
  },
  {
    route: 'PUT /life-requirements/{year}',
    allowed: ['admin'],
    request: () => ({ path: '/life-requirements/2026', body: DEFAULT_LIFE_REQUIREMENTS }),
  },
  {
    route: 'PUT /vitality-weights/{year}',
    allowed: ['admin'],
    request: () => ({
      path: '/vitality-weights/2026',
      body: { weights: DEFAULT_VITALITY_WEIGHTS },
    }),
  },
];

/** The reports of organisational life, the two coverages and vitality: a society reads its own figures. */
const LIFE_REPORT_CASES: Case[] = [
  {
    route: 'GET /organisational-life/lists',
    allowed: READERS,
    request: () => ({ path: '/organisational-life/lists?period=2026Q3' }),
  },
  {
    route: 'GET /societies/{id}/organisational-life/figures',
    allowed: [...READERS, 'liaison', 'society'],
    request: (f) => ({ path: `/societies/${f.society}/organisational-life/figures?period=2026` }),
  },
  {
    route: 'GET /coverage',
    allowed: READERS,
    request: () => ({ path: '/coverage?period=2026Q3' }),
  },
  {
    route: 'GET /vitality',
    allowed: READERS,
    request: () => ({ path: '/vitality?period=2026' }),
  },
  {
    route: 'GET /societies/{id}/vitality',
    allowed: [...READERS, 'liaison', 'society'],
    request: (f) => ({ path: `/societies/${f.society}/vitality?period=2026Q3` }),
  },
];

const NO_ACCOUNT = '0f0e0d0c-0b0a-4908-8706-050403020100';

/** The office's accounts: admin only (an unknown account answers admin 404, the others 403). */
const ACCOUNT_CASES: Case[] = [
  {
    route: 'POST /accounts',
    allowed: ['admin'],
    request: () => ({
      path: '/accounts',
      body: { login: 'matrix.auditor', displayName: '审计', role: 'auditor' },
    }),
  },
  { route: 'GET /accounts', allowed: ['admin'], request: () => ({ path: '/accounts' }) },
  {
    route: 'GET /accounts/{id}',
    allowed: ['admin'],
    request: () => ({ path: `/accounts/${NO_ACCOUNT}` }),
  },
  {
    route: 'POST /accounts/{id}/invitation',
    allowed: ['admin'],
    request: () => ({ path: `/accounts/${NO_ACCOUNT}/invitation` }),
  },
  {
    route: 'PUT /accounts/{id}/role',
    allowed: ['admin'],
    request: () => ({ path: `/accounts/${NO_ACCOUNT}/role`, body: { role: 'auditor' } }),
  },
  {
    route: 'DELETE /accounts/{id}/role',
    allowed: ['admin'],
    request: () => ({ path: `/accounts/${NO_ACCOUNT}/role` }),
  },
  {
    route: 'POST /accounts/{id}/disable',
    allowed: ['admin'],
    request: () => ({ path: `/accounts/${NO_ACCOUNT}/disable`, body: { reason: '离任' } }),
  },
  {
    route: 'POST /accounts/{id}/enable',
    allowed: ['admin'],
    request: () => ({ path: `/accounts/${NO_ACCOUNT}/enable` }),
  },
];

/** Every route with the roles it admits; the test fails if a route of the OpenAPI document is missing here. */
/** Organisational life: a society reads its own records; the tables are read by every reader. */
const ORGANISATIONAL_LIFE_READ_CASES: Case[] = [
  {
    route: 'GET /organisational-life/{id}',
    allowed: ['admin', 'auditor', 'society'],
    request: (f) => ({ path: `/organisational-life/${f.record}` }),
  },
  {
    route: 'GET /organisational-life',
    allowed: ['admin', 'auditor', 'society'],
    request: (f) => ({ path: `/organisational-life?societyId=${f.society}` }),
  },
  ...['life-requirements', 'vitality-weights'].map((table) => ({
    route: `GET /${table}/{year}`,
    allowed: [...EVERYONE_SIGNED_IN],
    request: () => ({ path: `/${table}/2026` }),
  })),
];

/** Evidence files: every person signed in; no other system. A file one may not read is a 404. */
const PEOPLE = LABELS.filter((l) => l !== 'anonymous' && !l.startsWith('integration'));
const FILE_CASES: Case[] = [
  { route: 'POST /files', allowed: PEOPLE, request: () => ({ path: '/files', body: {} }) },
  {
    route: 'GET /files/{sha256}',
    allowed: PEOPLE,
    request: (f) => ({ path: `/files/${f.evidence[0]!.sha256}` }),
  },
];

const CASES: Case[] = [
  ...FILE_CASES,
  {
    route: 'POST /societies',
    allowed: ['admin', 'integration-write'],
    request: () => ({
      path: '/societies',
      body: { name: `授权测试学会-${randomUUID()}`, kind: 'society' },
    }),
  },
  {
    route: 'POST /societies/{id}/rename',
    allowed: ['admin', 'integration-write'],
    request: (f) => ({
      path: `/societies/${f.otherSociety}/rename`,
      body: { name: `改名-${randomUUID()}` },
    }),
  },
  {
    route: 'POST /societies/{id}/party-organisation',
    allowed: ['admin', 'society', 'integration-write'],
    request: (f) => ({
      path: `/societies/${f.society}/party-organisation`,
      body: { form: 'branch', secretary: '书记', memberCount: 5 },
    }),
  },
  {
    route: 'POST /societies/{id}/deregister',
    allowed: ['admin', 'integration-write'],
    request: (f) => ({
      path: `/societies/${f.deregistering}/deregister`,
      body: { reason: '注销' },
    }),
  },
  {
    route: 'GET /societies/{id}',
    allowed: [...READERS, 'liaison', 'society'],
    request: (f) => ({ path: `/societies/${f.society}` }),
  },
  {
    route: 'GET /societies/{id}/status',
    allowed: [...READERS, 'liaison', 'society'],
    request: (f) => ({ path: `/societies/${f.society}/status` }),
  },
  {
    route: 'GET /societies',
    allowed: [...READERS, 'liaison'],
    request: (f) => ({ path: `/societies?liaisonId=${f.member}` }),
  },
  {
    route: 'POST /members',
    allowed: ['admin'],
    request: () => ({ path: '/members', body: { name: '新委员', position: 'member' } }),
  },
  {
    route: 'POST /members/{id}/role',
    allowed: ['admin'],
    request: (f) => ({
      path: `/members/${f.otherMember}/role`,
      body: { position: 'discipline-member' },
    }),
  },
  {
    route: 'POST /members/{id}/retire',
    allowed: ['admin'],
    request: (f) => ({ path: `/members/${f.retiring}/retire`, body: { reason: '离任' } }),
  },
  {
    route: 'GET /members/{id}',
    allowed: [...READERS, 'liaison'],
    request: (f) => ({ path: `/members/${f.member}` }),
  },
  {
    route: 'GET /members/{id}/status',
    allowed: [...READERS, 'liaison'],
    request: (f) => ({ path: `/members/${f.member}/status` }),
  },
  { route: 'GET /members', allowed: READERS, request: () => ({ path: '/members' }) },
  {
    route: 'POST /campaigns',
    allowed: ['admin'],
    request: () => ({ path: '/campaigns', body: { title: '新部署' } }),
  },
  {
    route: 'POST /campaigns/{id}/amend',
    allowed: ['admin'],
    request: (f) => ({
      path: `/campaigns/${f.campaign}/amend`,
      body: { title: '调整', reason: '测试' },
    }),
  },
  {
    route: 'POST /campaigns/{id}/launch',
    allowed: ['admin'],
    request: (f) => ({
      path: `/campaigns/${f.campaign}/launch`,
      body: {
        startsOn: '2021-07-19',
        endsOn: '2021-12-31',
        targets: { lecturesPerSociety: 1, serviceTasksPerSociety: 1 },
      },
    }),
  },
  {
    route: 'POST /campaigns/{id}/close',
    allowed: ['admin'],
    request: (f) => ({ path: `/campaigns/${f.closable}/close`, body: {} }),
  },
  {
    route: 'POST /campaigns/{id}/assignments',
    allowed: ['admin'],
    request: (f) => ({
      path: `/campaigns/${f.campaign}/assignments`,
      body: { societyId: f.otherSociety, liaisonId: f.otherMember },
    }),
  },
  {
    route: 'POST /campaigns/{id}/assignments/{societyId}/move',
    allowed: ['admin'],
    request: (f) => ({
      path: `/campaigns/${f.campaign}/assignments/${f.movable}/move`,
      body: { liaisonId: f.otherMember, reason: '调整' },
    }),
  },
  {
    route: 'POST /campaigns/{id}/assignments/{societyId}/withdraw',
    allowed: ['admin'],
    request: (f) => ({
      path: `/campaigns/${f.campaign}/assignments/${f.movable}/withdraw`,
      body: { reason: '撤销' },
    }),
  },
  {
    route: 'POST /campaigns/{id}/imports',
    allowed: ['admin'],
    request: (f) => ({ path: `/campaigns/${f.campaign}/imports`, body: {} }),
  },
  {
    route: 'GET /campaigns',
    allowed: [...READERS, 'liaison', 'liaison-other', 'society', 'society-other'],
    request: () => ({ path: '/campaigns' }),
  },
  {
    route: 'GET /campaigns/{id}',
    allowed: [...READERS, 'liaison', 'liaison-other', 'society', 'society-other'],
    request: (f) => ({ path: `/campaigns/${f.campaign}` }),
  },
  {
    route: 'GET /campaigns/{id}/report',
    allowed: READERS,
    request: (f) => ({ path: `/campaigns/${f.campaign}/report` }),
  },
  {
    route: 'GET /imports/arrangement-template.xlsx',
    allowed: [...READERS, 'liaison', 'liaison-other', 'society', 'society-other'],
    request: () => ({ path: '/imports/arrangement-template.xlsx' }),
  },
  {
    route: 'POST /lectures',
    allowed: ['admin', 'liaison'],
    request: (f) => ({
      path: '/lectures',
      body: {
        campaignId: f.campaign,
        societyId: f.society,
        lecturerId: f.member,
        topic: '宣讲',
        scheduledAt: '2021-08-10T09:30:00+08:00',
        format: 'onsite',
      },
    }),
  },
  {
    route: 'POST /lectures/{id}/reschedule',
    allowed: ['admin', 'liaison'],
    request: (f) => ({
      path: `/lectures/${f.lecture}/reschedule`,
      body: { scheduledAt: '2021-08-11T09:30:00+08:00' },
    }),
  },
  {
    route: 'POST /lectures/{id}/cancel',
    allowed: ['admin', 'liaison'],
    request: (f) => ({ path: `/lectures/${f.lecture}/cancel`, body: { reason: '取消' } }),
  },
  {
    route: 'POST /lectures/{id}/delivery',
    allowed: ['admin', 'liaison'],
    request: (f) => ({ path: `/lectures/${f.lecture}/delivery`, body: delivery }),
  },
  {
    route: 'POST /lectures/{id}/revise',
    allowed: ['admin', 'liaison'],
    request: (f) => ({ path: `/lectures/${f.lecture}/revise`, body: delivery }),
  },
  {
    route: 'POST /lectures/{id}/return',
    allowed: ['admin', 'society'],
    request: (f) => ({ path: `/lectures/${f.lecture}/return`, body: { reason: '补充' } }),
  },
  {
    route: 'POST /lectures/{id}/confirm',
    allowed: ['admin', 'society'],
    request: (f) => ({ path: `/lectures/${f.lecture}/confirm` }),
  },
  {
    route: 'GET /lectures',
    allowed: [...READERS, 'liaison', 'society'],
    request: (f) => ({ path: `/lectures?societyId=${f.society}` }),
  },
  {
    route: 'GET /service-tasks',
    allowed: [...READERS, 'liaison', 'society'],
    request: (f) => ({ path: `/service-tasks?societyId=${f.society}` }),
  },
  {
    route: 'GET /lectures/{id}',
    allowed: [...READERS, 'liaison', 'society'],
    request: (f) => ({ path: `/lectures/${f.lecture}` }),
  },
  {
    route: 'POST /service-tasks',
    allowed: ['admin', 'society'],
    request: (f) => ({
      path: '/service-tasks',
      body: {
        societyId: f.society,
        title: '办实事',
        need: '需求',
        raisedBy: '会员',
        beneficiary: 'staff',
      },
    }),
  },
  {
    route: 'POST /service-tasks/{id}/accept',
    allowed: ['admin', 'society'],
    request: (f) => ({
      path: `/service-tasks/${f.task}/accept`,
      body: { dueOn: '2021-10-31', urgency: 'deadline' },
    }),
  },
  {
    route: 'POST /service-tasks/{id}/progress',
    allowed: ['admin', 'society'],
    request: (f) => ({ path: `/service-tasks/${f.task}/progress`, body: { note: '进展' } }),
  },
  {
    route: 'POST /service-tasks/{id}/complete',
    allowed: ['admin', 'society'],
    request: (f) => ({
      path: `/service-tasks/${f.task}/complete`,
      body: { outcome: '办结', beneficiaries: 10, completedOn: '2021-10-20' },
    }),
  },
  {
    route: 'POST /service-tasks/{id}/evaluation',
    allowed: ['admin', 'society'],
    request: (f) => ({
      path: `/service-tasks/${f.task}/evaluation`,
      body: { rating: 5, raters: 10 },
    }),
  },
  {
    route: 'POST /service-tasks/{id}/rating',
    allowed: ['admin', 'society'],
    request: (f) => ({ path: `/service-tasks/${f.task}/rating`, body: { codes: 3 } }),
  },
  {
    route: 'GET /service-tasks/{id}/rating/codes',
    allowed: ['admin', 'society'],
    request: (f) => ({ path: `/service-tasks/${f.task}/rating/codes` }),
  },
  {
    route: 'POST /service-tasks/{id}/rating/close',
    allowed: ['admin', 'society'],
    request: (f) => ({ path: `/service-tasks/${f.task}/rating/close` }),
  },
  {
    route: 'POST /service-tasks/{id}/cancel',
    allowed: ['admin', 'society'],
    request: (f) => ({ path: `/service-tasks/${f.task}/cancel`, body: { reason: '取消' } }),
  },
  {
    route: 'POST /service-tasks/{id}/escalate',
    allowed: ['admin'],
    request: (f) => ({ path: `/service-tasks/${f.task}/escalate`, body: { reason: '督办' } }),
  },
  {
    route: 'GET /service-tasks/{id}',
    allowed: [...READERS, 'liaison', 'society'],
    request: (f) => ({ path: `/service-tasks/${f.task}` }),
  },
  {
    route: 'GET /audit/events',
    allowed: ['admin', 'auditor', 'integration-audit'],
    request: () => ({ path: '/audit/events' }),
  },
  {
    route: 'GET /audit/verify',
    allowed: ['admin', 'auditor', 'integration-audit'],
    request: () => ({ path: '/audit/verify' }),
  },
  {
    route: 'GET /audit/commits/{streamId}/{seq}',
    allowed: ['admin', 'auditor', 'integration-audit'],
    request: (f) => ({ path: `/audit/commits/lecture-${f.lecture}/1` }),
  },
  { route: 'POST /audit/seals', allowed: ['admin'], request: () => ({ path: '/audit/seals' }) },
  ...INSPECTION_CASES,
  ...STAR_RATING_CASES,
  ...ORGANISATIONAL_LIFE_READ_CASES,
  ...ORGANISATIONAL_LIFE_CASES,
  ...LIFE_REPORT_CASES,
  ...ACCOUNT_CASES,
];

const PUBLIC_ROUTES = [
  'GET /health',
  'GET /health/ready',
  // Sign-in: these routes find the session cookie themselves (accounts.e2e-spec.ts).
  'POST /session',
  'GET /session',
  'DELETE /session',
  'POST /session/invitation',
  'DELETE /sessions',
  // Sign-in through the federation's provider (oidc.e2e-spec.ts).
  'GET /session/providers',
  'GET /session/oidc',
  'GET /session/oidc/callback',
  // The people's rating: a one-time code stands in for an account (service-task-rating.e2e-spec.ts).
  'GET /ratings/{taskId}/{code}',
  'POST /ratings/{taskId}/{code}',
];

describe('who may do what: every role against every endpoint', () => {
  let api: Api;
  let fixtures: Fixtures;
  const tokens = new Map<Label, string | null>();

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-authz-')),
        PORT: '0',
      }),
      { logger: false },
    );
    const admin = new ApiClient(api.url);
    const campaign = await admin.campaign('授权测试', {
      startsOn: '2021-07-19',
      endsOn: '2021-12-31',
      lecturesPerSociety: 1,
      serviceTasksPerSociety: 1,
    });
    const closable = await admin.campaign('待结束', {
      startsOn: '2021-07-19',
      endsOn: '2021-12-31',
      lecturesPerSociety: 1,
      serviceTasksPerSociety: 1,
    });
    const [member, otherMember, retiring] = [
      await admin.member('本委员'),
      await admin.member('他委员'),
      await admin.member('离任委员'),
    ];
    const [society, otherSociety, movable, deregistering] = [
      await admin.society('本学会'),
      await admin.society('他学会'),
      await admin.society('调整学会'),
      await admin.society('注销学会'),
    ];
    await admin.assign(campaign, society, member);
    await admin.assign(campaign, movable, otherMember);
    const lecture = await admin.lecture(campaign, society, member);
    const task = await admin.task(society, campaign);
    const { batch, item } = await inspectionFixtures(admin, {
      registered: 4,
      added: [],
      visited: [society],
      memberId: member,
    });
    const round = await draftRound(admin, 2025);
    await admin.expect(200, 'POST', `/societies/${society}/party-organisation`, {
      form: 'committee',
      groups: true,
    });
    const record = (
      await admin.expect(201, 'POST', `/societies/${society}/organisational-life`, PARTY_LECTURE)
    ).body.id as string;
    fixtures = {
      campaign,
      closable,
      member,
      otherMember,
      retiring,
      society,
      otherSociety,
      movable,
      deregistering,
      lecture,
      task,
      batch,
      item,
      round,
      record,
      evidence: await admin.evidence(),
    };
    tokens.set('anonymous', null);
    tokens.set('admin', await tokenFor({ sub: 'office', role: 'admin' }));
    tokens.set('auditor', await tokenFor({ sub: 'auditor-1', role: 'auditor' }));
    tokens.set('liaison', await tokenFor({ sub: 'liaison-1', role: 'liaison', memberId: member }));
    tokens.set(
      'liaison-other',
      await tokenFor({ sub: 'liaison-2', role: 'liaison', memberId: otherMember }),
    );
    tokens.set(
      'society',
      await tokenFor({ sub: 'secretary-1', role: 'society', societyId: society }),
    );
    tokens.set(
      'society-other',
      await tokenFor({ sub: 'secretary-2', role: 'society', societyId: otherSociety }),
    );
    tokens.set(
      'integration-write',
      await tokenFor({ sub: 'register-sync', role: 'integration', scopes: ['societies:write'] }),
    );
    tokens.set(
      'integration-read',
      await tokenFor({ sub: 'reporting', role: 'integration', scopes: ['reports:read'] }),
    );
    tokens.set(
      'integration-audit',
      await tokenFor({ sub: 'archive', role: 'integration', scopes: ['audit:read'] }),
    );
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('lists every route of the OpenAPI document in the matrix', async () => {
    const spec = (await call(api.url, 'GET', '/docs/openapi.json')).body;
    const routes = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.filter((r) => !PUBLIC_ROUTES.includes(r)).sort()).toEqual(
      CASES.map((c) => c.route).sort(),
    );
  });

  it('admits the allowed roles and refuses the others: 401 without a token, 403 for a role or an owner that may not', async () => {
    const outcomes: string[] = [];
    let pairs = 0;
    // Refused callers first, so that an allowed write cannot change what a refusal is tested against.
    const order: Label[] = [...LABELS].sort(
      (a, b) => Number(a === 'admin') - Number(b === 'admin'),
    );
    for (const testCase of CASES) {
      for (const label of order) {
        const { path, body } = testCase.request(fixtures);
        const token = tokens.get(label);
        const method = testCase.route.split(' ')[0]!;
        const answer = await call(
          api.url,
          method,
          path,
          body ?? (method === 'GET' ? undefined : {}),
          { authorization: token ? `Bearer ${token}` : 'none' },
        );
        pairs++;
        const expected =
          label === 'anonymous' ? 401 : testCase.allowed.includes(label) ? 'allowed' : 403;
        const got = answer.status === 401 || answer.status === 403 ? answer.status : 'allowed';
        if (got !== expected || answer.status >= 500)
          outcomes.push(
            `${testCase.route} as ${label}: expected ${expected}, got ${answer.status} ${answer.text.slice(0, 160)}`,
          );
      }
    }
    expect(outcomes).toEqual([]);
    expect(pairs).toBe(CASES.length * LABELS.length);
    // Ten callers against every route: more than jest's default 5 s on a busy machine.
  }, 30_000);

  it('refuses a forged, expired or malformed token with 401 and keeps /health open', async () => {
    const forged = await tokenFor(
      { sub: 'x', role: 'admin' },
      'another-secret-that-is-long-enough-to-sign-with',
    );
    expect(
      (await call(api.url, 'GET', '/members', undefined, { authorization: `Bearer ${forged}` }))
        .body.code,
    ).toBe('AUTH.TOKEN_INVALID');
    expect(
      (await call(api.url, 'GET', '/members', undefined, { authorization: 'Bearer not.a.token' }))
        .status,
    ).toBe(401);
    expect(
      (await call(api.url, 'GET', '/members', undefined, { authorization: 'none' })).body.code,
    ).toBe('AUTH.TOKEN_MISSING');
    const noMember = await tokenFor({ sub: 'l', role: 'liaison' });
    expect(
      (await call(api.url, 'GET', '/members', undefined, { authorization: `Bearer ${noMember}` }))
        .body.code,
    ).toBe('AUTH.CLAIMS_INVALID');
    expect(
      (await call(api.url, 'GET', '/health', undefined, { authorization: 'none' })).status,
    ).toBe(200);
  });

  it("writes the token's subject as the actor, never a name from the body", async () => {
    const society = await tokenFor({
      sub: 'secretary-1',
      role: 'society',
      societyId: fixtures.society,
    });
    const answer = await call(
      api.url,
      'POST',
      '/service-tasks',
      {
        societyId: fixtures.society,
        title: '主体测试',
        need: '需求',
        raisedBy: '会员',
        beneficiary: 'staff',
        actor: 'someone-else',
      },
      { authorization: `Bearer ${society}` },
    );
    expect(answer.status).toBe(400);
    const ok = await call(
      api.url,
      'POST',
      '/service-tasks',
      {
        societyId: fixtures.society,
        title: '主体测试',
        need: '需求',
        raisedBy: '会员',
        beneficiary: 'staff',
      },
      { authorization: `Bearer ${society}` },
    );
    const commits = await api.runtime.infra.store.readStream(ok.body.streamId);
    expect(commits[0]!.actor).toBe('secretary-1');
    expect(commits[0]!.events[0]!.actor).toBe('secretary-1');
  });
});
