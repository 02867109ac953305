import type { jaOrg } from './ja-org';

/** English strings of colleagues, roles and the organisation; the keys of ja-org.ts. */
export const enOrg: Record<keyof typeof jaOrg, string> = {
  'advisor.unknown': 'Unknown advisor',
  'advisor.disabled': '{name} (disabled)',
  'timeline.coAdvisors': 'With: {names}',
  'tags.deleted': '(deleted tag)',
  'coAdvisors.legend': 'Colleagues present',
  'coAdvisors.filter': 'Find a colleague by name',
  'coAdvisors.noMatch': 'No colleague of that name',
  'coAdvisors.full': 'Up to {max} colleagues',
};
