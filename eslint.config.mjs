import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import { createJiti } from 'jiti';
import tseslint from 'typescript-eslint';

// jiti (what ESLint itself loads TypeScript configs with) keeps its transpiled files on disk: cheap per run.
const { crmPlugin } = await createJiti(import.meta.url).import('./tools/lint-rules/src/index.ts');

const APPS = [
  'identity',
  'customer',
  'sales',
  'service',
  'marketing',
  'analytics',
  'notification',
  'gateway',
];

/**
 * Who depends on whom, by the `kind:` tag in each project.json (README "Project boundaries"): an app
 * uses libs only, a lib never reaches up into an app; tests, test support and scripts may use
 * everything, reaching an app only through its package entry (@crm/<app>, its src/index.ts).
 */
const moduleBoundaries = {
  enforceBuildableLibDependency: false,
  // libs/events' specs import the lib by its own alias, as a user would.
  allowCircularSelfDependency: true,
  depConstraints: [
    { sourceTag: 'kind:app', onlyDependOnLibsWithTags: ['kind:lib'] },
    { sourceTag: 'kind:lib', onlyDependOnLibsWithTags: ['kind:lib'] },
    { sourceTag: 'kind:infra', onlyDependOnLibsWithTags: ['kind:lib'] },
    { sourceTag: 'kind:tooling', onlyDependOnLibsWithTags: [] },
    {
      sourceTag: 'kind:test-support',
      onlyDependOnLibsWithTags: ['kind:lib', 'kind:infra', 'kind:test-support'],
    },
    { sourceTag: 'kind:test', onlyDependOnLibsWithTags: ['kind:lib', 'kind:infra', 'kind:test-support'] },
    { sourceTag: 'kind:scripts', onlyDependOnLibsWithTags: ['kind:lib', 'kind:infra', 'kind:test-support'] },
  ],
};

/** Importing an app by its package name: only the in-process platform, tests and scripts do that. */
const appPackages = APPS.map((app) => `^@crm/${app}$`);

/** Who owns each entity (DESIGN §2); the other subgraphs only contribute fields to it or reference it. */
const ENTITY_OWNERS = {
  User: 'identity',
  Team: 'identity',
  Customer: 'customer',
  Interaction: 'customer',
  Contact: 'customer',
  Opportunity: 'sales',
  Activity: 'sales',
  Lead: 'sales',
  Product: 'sales',
  Quote: 'sales',
  Contract: 'sales',
  Order: 'sales',
  Payment: 'sales',
  Ticket: 'service',
  Article: 'service',
  Feedback: 'service',
  Campaign: 'marketing',
  Segment: 'marketing',
  LoyaltyProgramme: 'marketing',
  MessageTemplate: 'marketing',
  MarketingMessage: 'marketing',
  Journey: 'marketing',
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '.cache/**', '.nx/**', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx, crm: crmPlugin },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Libraries are imported by their alias, never by a relative path into another lib.
      'no-restricted-imports': [
        'error',
        { patterns: ['../../libs/*', '../../../libs/*', '**/libs/*/src/*'] },
      ],
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries],
    },
  },
  {
    files: ['libs/platform-testing/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', { ...moduleBoundaries, allow: appPackages }] },
  },
  // A project's integration tests may reach into its own src/, and an app's into that app only
  // (the gateway's also sign tokens as identity does).
  ...[...APPS, 'libs/messaging'].map((project) => ({
    files: [`${project.includes('/') ? project : `apps/${project}`}/test/**/*.ts`],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          ...moduleBoundaries,
          allow: [
            '../src/**',
            '../../src/**',
            ...(APPS.includes(project) ? [`^@crm/${project}$`] : []),
            ...(project === 'gateway' ? ['^@crm/identity$'] : []),
          ],
        },
      ],
    },
  })),
  {
    files: ['apps/*/src/resolvers/*.resolvers.ts'],
    rules: { 'crm/guarded-resolvers': ['error', { entityOwners: ENTITY_OWNERS }] },
  },
);
