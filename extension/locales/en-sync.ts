import type { jaSync } from './ja-sync';

/** English strings of sync (issue 4); the same keys as ja-sync.ts. */
export const enSync: Record<keyof typeof jaSync, string> = {
  'sync.status': 'Sync status',
  'sync.pending': '{count} not yet sent',
  'sync.allSent': 'Everything sent',
  'sync.lastSync': 'Last synced {when}',
  'sync.never': 'Not synced yet',
  'sync.syncing': 'Syncing…',
  'sync.retrying': 'Could not sync: {message} (retrying automatically)',
  'sync.insecureServer':
    'Sync is stopped: the server URL in the settings starts with http://, so the API token would travel unencrypted. Change it to a URL starting with https://. Unsent records stay on this device.',
  'sync.openSettings': 'Open the settings',
  'sync.signedOut': 'Please sign in again',
  'sync.signedOutDetail': 'The server said: {message}. Unsent records stay on this device and are sent after you sign in.',
  'sync.openOptions': 'Open settings to sign in',
  'sync.tooOld':
    'Please update the extension: this version can no longer sync with the server ({message}). Your records stay on this device.',
  'sync.rejectedCount': '{count} changes refused by the server',
  'sync.rejectedItem': '{text} — {message}',
  'sync.rejectedOn': 'A change to this record was not saved on the server: {message}',
  'sync.editAgain': 'Fix and save again',
  'sync.discard': 'Discard the change',
  'sync.noText': '(no text)',
  'sync.justNow': 'just now',
  'sync.now': 'Sync now',
  'sync.unsent': 'Not sent',
  'sync.firstRunTitle': 'Not signed in yet',
  'sync.firstRunText': 'Your notes are saved on this computer but not yet synced with your organisation’s server.',
  'sync.firstRunAction': 'Sign in from Settings',
};
