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

  'options.join': 'Join with an invitation code',
  'options.joinHelp': 'If your administrator gave you an invitation code (e.g. ABCD-EFGH), enter the server URL above and the code, then press Join. Your API token is set for you and never shown. A code works once, for {hours} hours after it was issued.',
  'options.inviteCode': 'Invitation code',
  'options.joinButton': 'Join',
  'options.joining': 'Joining…',
  'options.noInviteCode': 'Enter the invitation code',
  'options.inviteMalformed': 'An invitation code is 8 letters and digits, like ABCD-EFGH (0, O, 1 and I are never used). Check the code you were given',
  'options.joinFailed': 'Could not join: {message}',
  'options.tokenSection': 'Connect with an API token',
  'options.orgHeading': 'Organisation',
  'options.orgLinkAdmin': 'Manage staff, invitations, the organisation and tags',
  'options.orgLinkManager': 'Manage tags',
};
