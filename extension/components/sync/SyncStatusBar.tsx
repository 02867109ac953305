import { useEffect, useState } from 'preact/hooks';
import { useI18n, useT } from '../../state/contexts';
import { relativeTime } from '../../dates/relative-time';
import type { SyncViewStore } from '../../state/sync-view-store';
import { INSECURE_SERVER_URL } from '../../sync/ports';
import { changeText } from './change-text';
import { FirstRunBanner } from './FirstRunBanner';

/** Relative times ("3分前") are redrawn this often while the view is open. */
const TICK_MS = 30_000;

/** The clock the relative times are read against: ticking, and read afresh whenever `landed` (the last sync) changes. */
function useNow(landed: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(id);
  }, []);
  useEffect(() => setNow(Date.now()), [landed]);
  return now;
}

/**
 * Sync at a glance: unsent count, last successful sync, 「今すぐ同期」, the error if any. Before
 * sign-in, the first-run banner instead. A revoked token or a too-old extension stops sync with
 * a prompt to act; `detailed` (the side panel) also lists the changes the server refused, each
 * with its message and a way to discard it.
 */
export function SyncStatusBar({ sync, detailed = false }: { sync: SyncViewStore; detailed?: boolean }) {
  const t = useT();
  const i18n = useI18n();
  const { status, pending, rejected } = sync.snapshot.value;
  const now = useNow(status?.lastSyncAt ?? null);
  useEffect(() => {
    sync.start();
    return () => sync.dispose();
  }, [sync]);
  if (sync.mode.value === 'not_signed_in') return <FirstRunBanner onOpenOptions={sync.openOptions} />;
  if (!sync.enabled.value) return null;

  if (status?.phase === 'signed_out') {
    return (
      <section class="sync sync-stopped" role="alert" aria-label={t('sync.status')} data-testid="sync-status">
        <strong>{t('sync.signedOut')}</strong>
        <p>{t('sync.signedOutDetail', { message: status.lastError?.message ?? '' })}</p>
        <p>{t('sync.pending', { count: pending })}</p>
        <button type="button" class="primary" onClick={sync.openOptions}>
          {t('sync.openOptions')}
        </button>
      </section>
    );
  }
  if (status?.phase === 'client_too_old') {
    return (
      <section class="sync sync-stopped" role="alert" aria-label={t('sync.status')} data-testid="sync-status">
        <strong>{t('sync.tooOld', { message: status.lastError?.message ?? '' })}</strong>
        <p>{t('sync.pending', { count: pending })}</p>
      </section>
    );
  }
  const syncing = status?.phase === 'syncing';
  const when = status?.lastSyncAt && relativeTime(status.lastSyncAt, now, i18n.language.value, t('sync.justNow'));
  const last = when ? t('sync.lastSync', { when }) : t('sync.never');
  return (
    <section class="sync" aria-label={t('sync.status')} data-testid="sync-status">
      <p class="sync-line">
        <span data-testid="sync-pending">{pending > 0 ? t('sync.pending', { count: pending }) : t('sync.allSent')}</span>
        {' · '}
        <span data-testid="sync-last">{syncing ? t('sync.syncing') : last}</span>
        <button type="button" class="link" disabled={syncing} onClick={sync.syncNow}>
          {t('sync.now')}
        </button>
      </p>
      {status?.lastError &&
        !syncing &&
        (status.lastError.code === INSECURE_SERVER_URL ? (
          <div class="notice notice-error" role="alert" data-testid="sync-insecure">
            <p>{t('sync.insecureServer')}</p>
            <button type="button" class="secondary" onClick={sync.openOptions}>
              {t('sync.openSettings')}
            </button>
          </div>
        ) : (
          <p class="notice notice-error" role="alert">
            {t('sync.retrying', { message: status.lastError.message })}
          </p>
        ))}
      {rejected.length > 0 && (
        <details open={detailed} class="sync-rejected" data-testid="sync-rejected">
          <summary>{t('sync.rejectedCount', { count: rejected.length })}</summary>
          <ul>
            {rejected.map((r) => (
              <li key={r.entryId}>
                {t('sync.rejectedItem', { text: changeText(r.fields) || t('sync.noText'), message: r.message })}{' '}
                <button type="button" class="link" onClick={() => void sync.discard([r])}>
                  {t('sync.discard')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
