/**
 * 災害名 offered as the advisor types (they may type any other): the disasters the organisations
 * using this tool have reported on, by the names the government gave them.
 */
export const DISASTER_NAME_SUGGESTIONS = [
  '令和6年能登半島地震',
  '令和6年奥能登豪雨',
  '令和5年奥能登地震',
  '令和4年8月豪雨',
  '令和3年8月の大雨',
  '令和2年7月豪雨',
  '令和元年東日本台風',
  '平成30年7月豪雨',
  '平成28年熊本地震',
] as const;
