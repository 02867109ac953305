import { useEffect } from 'preact/hooks';
import { FollowUpSection } from '../components/FollowUpSection';
import { NoticeText } from '../components/NoticeText';
import { UndoToast } from '../components/UndoToast';
import { UPCOMING_DAYS } from '../karte/due';
import { BUSINESSES_HREF } from '../karte/hrefs';
import { useT } from '../state/contexts';
import type { FollowUpsStore } from '../state/follow-ups-store';
import './karte.css';

interface Props {
  store: FollowUpsStore;
  /** The signed-in advisor's name; null: every advisor's actions (local-only, or not signed in). */
  advisorName: string | null;
}

/** follow-ups.html: the advisor's open next actions across businesses, overdue first. */
export function FollowUps({ store, advisorName }: Props) {
  const t = useT();
  useEffect(() => {
    document.title = `${t('followUps.title')} | ${t('app.name')}`;
  }, [t]);
  const s = store.sections.value;
  const today = store.today.value;
  const done = (f: Parameters<typeof store.markDone>[0]) => void store.markDone(f);
  return (
    <main class="follow-ups">
      <header class="bar">
        <h1>{t('followUps.title')}</h1>
        <span class="buttons">
          <a href={BUSINESSES_HREF}>{t('businesses.link')}</a>
          <span class="app-name">{t('app.name')}</span>
        </span>
      </header>
      <p class="muted">{advisorName ? t('followUps.scopeMine', { name: advisorName }) : t('followUps.scopeAll')}</p>
      <NoticeText notice={store.notice.value} testId="follow-ups-notice" />
      <UndoToast
        notice={store.undo.notice.value}
        onUndo={store.undo.canUndo.value ? () => void store.undo.undo() : null}
        onTimeout={() => store.undo.forget()}
      />
      {!s ? (
        <p class="muted" role="status">
          {t('kartePage.loading')}
        </p>
      ) : (
        <>
          {s.overdue.length + s.today.length + s.upcoming.length === 0 && <p>{t('followUps.nothing')}</p>}
          <FollowUpSection
            heading={t('followUps.overdue', { count: s.overdue.length })}
            items={s.overdue}
            today={today}
            onDone={done}
            tone="overdue"
          />
          <FollowUpSection heading={t('followUps.today', { count: s.today.length })} items={s.today} today={today} onDone={done} />
          <FollowUpSection
            heading={t('followUps.upcoming', { days: UPCOMING_DAYS, count: s.upcoming.length })}
            items={s.upcoming}
            today={today}
            onDone={done}
          />
          <details>
            <summary>{t('followUps.later', { count: s.later.length + s.undated.length })}</summary>
            <FollowUpSection
              heading={t('followUps.later', { count: s.later.length + s.undated.length })}
              items={[...s.later, ...s.undated]}
              today={today}
              onDone={done}
            />
          </details>
        </>
      )}
    </main>
  );
}
