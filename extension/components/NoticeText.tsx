import type { Notice } from '../state/notice';
import { useT } from '../state/contexts';

/** A success (polite status) or an error (alert, read out at once) for the advisor. */
export function NoticeText({ notice, testId }: { notice: Notice | null; testId?: string }) {
  const t = useT();
  if (!notice) return null;
  return (
    <p role={notice.tone === 'error' ? 'alert' : 'status'} class={`notice notice-${notice.tone}`} data-testid={testId}>
      {t(notice.message.key, notice.message.params)}
    </p>
  );
}
