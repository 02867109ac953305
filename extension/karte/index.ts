/** Pure rules of the karte: the 伴走 suggestion, due dates and reminders, stages over time. */
export { DEFAULT_BANSO_RULE, suggestBanso, type BansoInput, type BansoRule, type BansoSuggestion } from './banso-suggestion';
export { badgeText, compareDue, dueBuckets, dueState, remindersToFire, todayIn, UPCOMING_DAYS, type DueItem, type DueState, type NotifiedState } from './due';
export { addDays, addMonths, DEFAULT_TIME_ZONE, isLocalDate, localDateOf, nextLocalMidnight, startOfLocalDay } from './local-date';
export { groupTagIds, stageTimeline, STEP_GROUP_ID, WALL_GROUP_ID, type StagePoint, type StageTimeline, type WallSpan } from './stage-timeline';
