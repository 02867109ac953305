import type { Message } from '../locales/languages';

/**
 * What the undo toast says after a next action is marked done (the side panel, the karte page and
 * the follow-up list alike): its text, unless it belongs to a 機微 note the advisor may not read.
 */
export function actionDoneMessage(action: { text: string; redacted: boolean }): Message {
  return action.redacted ? { key: 'kartePage.doneNoticeHidden' } : { key: 'kartePage.doneNotice', params: { text: action.text } };
}
