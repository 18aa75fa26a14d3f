import { guardedResolvers } from './guarded-resolvers.rule';

/** The workspace's own ESLint rules, used in eslint.config.mjs as the `crm` plugin. */
export const crmPlugin = {
  meta: { name: 'crm' },
  rules: { 'guarded-resolvers': guardedResolvers },
};
