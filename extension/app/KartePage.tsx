import { useEffect } from 'preact/hooks';
import { BansoSuggestionBanner } from '../components/BansoSuggestionBanner';
import { ConflictCard } from '../components/ConflictCard';
import { DoneActionList } from '../components/DoneActionList';
import { conflictTarget } from '../components/conflict-target';
import { focusEntry } from '../components/focus-entry';
import { KarteSummary } from '../components/KarteSummary';
import { KarteTextBlock } from '../components/KarteTextBlock';
import { KarteTimeline } from '../components/KarteTimeline';
import { NoticeText } from '../components/NoticeText';
import { OpenActionList } from '../components/OpenActionList';
import { PrintOptions } from '../components/PrintOptions';
import { PrintSummary } from '../components/PrintSummary';
import { ProfileCaseSections } from '../components/profile/ProfileCaseSections';
import type { PrintedBy } from '../components/KarteSummary';
import { advisorLabel } from '../components/advisor-label';
import { StageView } from '../components/StageView';
import { SupportRecords } from '../components/support/SupportRecords';
import { BUSINESSES_HREF, FOLLOW_UPS_HREF, PROFILE_ANCHOR } from '../karte/hrefs';
import { useI18n, useT, useKartePage } from '../state/contexts';
import { UndoToast } from '../components/UndoToast';
import { KarteEditorSlot } from './KarteEditorSlot';
import { KarteGone } from './KarteGone';
import { KartePartnersSlot, type LoadPartners } from './KartePartnersSlot';
import { KarteSearchSlot } from './KarteSearchSlot';
import './karte.css';
import './partners.css';

interface Props {
  me: string | null;
  /** Printed in the karte's header: the support organisation and the advisor (null: not signed in). */
  printedBy?: PrintedBy | null;
  today: string;
  /** Called once the whole karte is on the page: what can wait (the write path) starts then. */
  onShown?: () => void;
  /** 他機関との連携 (signed in only: it reaches other organisations through the API), loaded after the first screen. */
  partners?: LoadPartners | null;
}

/** The full karte of one business (karte.html?id=…), laid out for the screen and for one printed page. */
export function KartePage({ me, today, onShown, printedBy = null, partners = null }: Props) {
  const t = useT();
  const i18n = useI18n();
  const store = useKartePage();
  const view = store.view.value;
  const b = view?.business ?? null;
  useEffect(() => {
    if (b) document.title = `${b.name} | ${t('kartePage.title')}`;
  }, [b?.name, t]);
  // Opened at one consultation (karte.html?id=…#c-…): its entry exists once the karte has loaded.
  const loaded = view !== null;
  useEffect(() => {
    if (loaded && location.hash.startsWith('#c-')) focusEntry(location.hash.slice(3));
    // Opened for its profile (karte.html?id=…#profile, the side panel's 「編集」): the editor opens at once.
    if (loaded && view?.business && location.hash === `#${PROFILE_ANCHOR}`) store.editProfile();
  }, [loaded]);

  if (!view)
    return (
      <p class="muted" role="status">
        {t('kartePage.loading')}
      </p>
    );
  if (!b) return <KarteGone gone={view.gone} undo={store.undo} />;
  const tagNames = store.tagNames.value;
  const groups = store.groups.value;
  const suggestion = store.suggestion.value;
  const stages = store.stages.value;
  const showAll = () => store.clearFilter();
  const print = store.printOptions.value;
  const advisors = store.directory.byId.value;
  // 担当指導員 is named as on paper: the colleague's own name (yours too), a disabled one marked so.
  const nameOf = (advisorId: string) => {
    const entry = advisors.get(advisorId);
    return entry?.active ? entry.name : advisorLabel(advisorId, me, advisors, t);
  };
  const colleagues = store.directory.advisors.value.filter((a) => a.active);
  return (
    <main
      class={`karte-page${print.all ? ' print-all' : ''} ${print.sensitive === 'omit' ? 'print-omit-sensitive' : 'print-mark-sensitive'}`}
    >
      <nav class="bar no-print" aria-label={t('app.name')}>
        <span class="app-name">{t('app.name')}</span>
        <KarteSearchSlot />
        <span class="buttons">
          <a href={BUSINESSES_HREF}>{t('businesses.link')}</a>
          <a href={FOLLOW_UPS_HREF}>{t('followUps.link')}</a>
          <PrintOptions options={print} onChange={(patch) => store.setPrintOptions(patch)} />
          <button type="button" class="secondary" onClick={() => window.print()}>
            {t('kartePage.print')}
          </button>
        </span>
      </nav>
      <NoticeText notice={store.notice.value} testId="karte-notice" />
      <KarteSummary
        business={b}
        today={today}
        printedBy={printedBy}
        sameNumber={view.sameNumber}
        sections={store.sections.value}
        assignment={{ colleagues, nameOf, onAssign: (advisorId) => void store.assign(advisorId, advisorId ? nameOf(advisorId) : '') }}
        editing={store.profileEditing.value}
        onEdit={() => store.editProfile()}
        onCloseEditor={() => store.closeProfile()}
        findSame={store.sameCorporateNumber}
        onSave={(change) => store.saveProfile(change)}
        onDelete={() => void store.removeBusiness(b.name)}
      />
      {suggestion && (
        <BansoSuggestionBanner
          suggestion={suggestion}
          consultations={view.consultations}
          onAccept={() => void store.markBanso()}
          onDismiss={() => void store.dismissSuggestion()}
          onShowConsultation={showAll}
        />
      )}
      <div class="karte-columns">
        <div class="karte-main">
          <KarteTextBlock
            heading={t('karte.essentialIssue')}
            text={b.essentialIssue}
            emptyText={t('karte.essentialIssueNone')}
            editLabel={t('kartePage.editEssentialIssue')}
            sourceId={b.essentialIssueSourceId}
            redacted={b.redacted}
            consultations={view.consultations}
            onSave={(text) => store.saveEssentialIssue(text)}
            onShowSource={showAll}
            testId="essential-issue"
          />
          <KarteTextBlock
            heading={t('kartePage.vision')}
            text={b.vision}
            emptyText={t('kartePage.visionNone')}
            editLabel={t('kartePage.editVision')}
            sourceId={b.visionSourceId}
            redacted={b.redacted}
            consultations={view.consultations}
            onSave={(text) => store.saveVision(text)}
            onShowSource={showAll}
            testId="vision"
          />
          <ProfileCaseSections business={b} sections={store.sections.value} onEdit={(section) => store.editProfile(section)} />
          <SupportRecords
            business={b}
            consultations={view.consultations}
            sensitiveIds={store.sensitiveIds.value}
            support={store.support}
            me={me}
            colleagues={colleagues}
            nameOf={nameOf}
            today={today}
          />
          {partners && <KartePartnersSlot load={partners} today={today} />}
          {view.conflicts.length > 0 && (
            <section class="conflicts no-print" aria-labelledby="conflicts-heading">
              <h2 id="conflicts-heading">{t('conflict.heading', { count: view.conflicts.length })}</h2>
              <p class="muted">{t('conflict.explain')}</p>
              {view.conflicts.map((c) => (
                <ConflictCard
                  key={c.id}
                  conflict={c}
                  target={conflictTarget(c, view, t, i18n.date)}
                  onResolve={(text) => store.resolveConflict(c, text)}
                />
              ))}
            </section>
          )}
          {store.editorStores && (
            <p class="no-print">
              <button type="button" class="primary" onClick={() => store.recordNew()}>
                {t('kartePage.recordConsultation')}
              </button>
            </p>
          )}
          <KarteEditorSlot businessId={b.id} />
          <PrintSummary consultations={view.consultations} />
          <KarteTimeline groups={groups} tagNames={tagNames} me={me} onComplete={onShown} />
        </div>
        <aside class="karte-side">
          <OpenActionList
            actions={store.openActions.value}
            today={today}
            sensitiveSources={store.sensitiveIds.value}
            onDone={(a) => void store.markDone(a)}
          />
          <DoneActionList actions={store.doneActions.value} onReopen={(a) => void store.reopen(a)} />
          {stages && <StageView steps={stages.steps} timeline={stages.timeline} tagNames={tagNames} />}
        </aside>
      </div>
      <UndoToast
        notice={store.undo.notice.value}
        onUndo={store.undo.canUndo.value ? () => void store.undo.undo() : null}
        onTimeout={() => store.undo.forget()}
      />
    </main>
  );
}
