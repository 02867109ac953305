import { useId } from 'preact/hooks';
import type { ReadonlySignal } from '@preact/signals';
import { roleAtLeast } from '../../shared/enums';
import { INVITATION_TTL_HOURS } from '../../shared/invitation-code';
import { NoticeText } from '../components/NoticeText';
import { SiteAccessSection } from '../components/site-access/SiteAccessSection';
import { SiteRulesSection } from '../components/site-rules/SiteRulesSection';
import { TagList } from '../components/TagList';
import { TextField } from '../components/TextField';
import { useImeSafeSubmit } from '../components/use-ime-safe-submit';
import { EXPORT_HREF, ORGANISATION_HREF, REPORTS_HREF } from '../karte/hrefs';
import { LANGUAGES, type Language } from '../locales/languages';
import { useI18n, useOptions, useT } from '../state/contexts';
import type { SiteRuleEditorStore } from '../state/site-rule-editor-store';
import type { TaxonomyStore } from '../state/taxonomy-store';

/** Settings: server and sign-in (an invitation code or a token), local-only mode, language, sites, the organisation's tags. */
export function Options({ taxonomy, siteRules }: { taxonomy: TaxonomyStore; siteRules?: ReadonlySignal<SiteRuleEditorStore | null> }) {
  const t = useT();
  const i18n = useI18n();
  const o = useOptions();
  const localOnlyId = useId();
  const languageId = useId();
  const join = useImeSafeSubmit(() => void o.joinWithInvitation());
  const role = o.role.value;
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>

      <section aria-labelledby="server-heading">
        <h2 id="server-heading">{t('options.server')}</h2>
        <TextField label={t('options.serverUrl')} type="url" value={o.serverUrl.value} onInput={(v) => (o.serverUrl.value = v)} />
        <form class="join" aria-labelledby="join-heading" {...join}>
          <h3 id="join-heading">{t('options.join')}</h3>
          <p class="muted">{t('options.joinHelp', { hours: INVITATION_TTL_HOURS })}</p>
          <TextField
            label={t('options.inviteCode')}
            value={o.inviteCode.value}
            onInput={(v) => (o.inviteCode.value = v)}
            placeholder="ABCD-EFGH"
          />
          <div class="buttons">
            <button type="submit" class="primary" disabled={o.joining.value}>
              {t('options.joinButton')}
            </button>
          </div>
          {o.joining.value && (
            <p role="status" class="muted">
              {t('options.joining')}
            </p>
          )}
          <NoticeText notice={o.joinNotice.value} testId="join-result" />
        </form>
        <h3>{t('options.tokenSection')}</h3>
        <TextField label={t('options.token')} type="password" value={o.apiToken.value} onInput={(v) => (o.apiToken.value = v)} />
        <p class="muted">{t('options.tokenHelp')}</p>
        <div class="buttons">
          <button type="button" class="primary" onClick={() => void o.saveConnection()}>
            {t('options.saveConnection')}
          </button>
          <button type="button" class="secondary" disabled={o.testing.value} onClick={() => void o.testConnection()}>
            {t('options.test')}
          </button>
        </div>
        {o.testing.value && (
          <p role="status" class="muted">
            {t('options.testing')}
          </p>
        )}
        <NoticeText notice={o.connection.value} testId="connection-result" />
        <div class="check">
          <input
            id={localOnlyId}
            type="checkbox"
            checked={o.localOnly.value}
            onChange={(e) => void o.setLocalOnly(e.currentTarget.checked)}
          />
          <label for={localOnlyId}>{t('options.localOnly')}</label>
        </div>
      </section>

      {role && (
        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading">{t('reports.title')}</h2>
          <a href={REPORTS_HREF}>{roleAtLeast(role, 'manager') ? t('reports.linkManager') : t('reports.linkAdvisor')}</a>
        </section>
      )}

      {role && (
        <section aria-labelledby="export-heading">
          <h2 id="export-heading">{t('export.title')}</h2>
          <a href={EXPORT_HREF}>{role === 'admin' ? t('export.linkAdmin') : t('export.linkOwn')}</a>
        </section>
      )}

      {role && roleAtLeast(role, 'manager') && (
        <section aria-labelledby="org-heading">
          <h2 id="org-heading">{t('options.orgHeading')}</h2>
          <a href={ORGANISATION_HREF}>{role === 'admin' ? t('options.orgLinkAdmin') : t('options.orgLinkManager')}</a>
        </section>
      )}

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('options.language')}</h2>
        <label for={languageId} class="visually-hidden">
          {t('options.language')}
        </label>
        <select id={languageId} value={i18n.language.value} onChange={(e) => void i18n.setLanguage(e.currentTarget.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </select>
      </section>

      <SiteAccessSection />

      {siteRules?.value && <SiteRulesSection store={siteRules.value} />}

      <section aria-labelledby="tags-heading">
        <h2 id="tags-heading">{t('options.tags')}</h2>
        <TagList groups={taxonomy.groups.value} />
      </section>
    </main>
  );
}
