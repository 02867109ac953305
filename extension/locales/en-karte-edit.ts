import type { jaKarteEdit } from './ja-karte-edit';

/** English strings of changing things from the karte page: the same keys as ja-karte-edit.ts. */
export const enKarteEdit: Record<keyof typeof jaKarteEdit, string> = {
  'actions.reopened': 'Reopened the next action',
  'actions.reopen': 'Reopen',
  'actions.reopenLabel': 'Reopen “{text}”',
  'actions.doneHeading': 'Done ({count})',
  'actions.doneOn': 'done {date}',
  'kartePage.recordConsultation': 'Record a consultation for this business',
  'kartePage.newConsultationHeading': 'Record a consultation',
  'kartePage.closeEditor': 'Close',
  'kartePage.editConsultation': 'Edit',
  'kartePage.editConsultationLabel': 'Edit the consultation of {date}',
  'kartePage.deleteConsultation': 'Delete',
  'kartePage.deleteConsultationLabel': 'Delete the consultation of {date}',
  'kartePage.editorLoading': 'Preparing the editor…',
  'kartePage.openBusinesses': 'Businesses',
  'print.options': 'Print settings',
  'print.allConsultations': 'Print every consultation (off: the latest 5)',
  'print.sensitive': 'Sensitive content',
  'print.sensitiveMark': 'Print it, marked',
  'print.sensitiveOmit': 'Leave it out',
  'print.organisation': 'Support organisation',
  'print.advisor': 'Advisor',
  'print.omitted': 'Not printed: sensitive',
  'print.sensitiveBadge': '[Sensitive]',
};
