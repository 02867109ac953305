import { useT } from '../../state/contexts';
import type { SiteRuleEditorStore } from '../../state/site-rule-editor-store';
import { NoticeText } from '../NoticeText';
import { SiteRuleFormView } from './SiteRuleFormView';
import { SiteRuleItem } from './SiteRuleItem';
import './site-rules.css';

/** The options page's 「サイトルール」: what links portal pages to kartes, and who may change it. */
export function SiteRulesSection({ store }: { store: SiteRuleEditorStore }) {
  const t = useT();
  const rules = store.rules.value;
  const viewer = store.viewer.value;
  const canEdit = store.canEdit.value;
  return (
    <section aria-labelledby="site-rules-heading" class="site-rules">
      <h2 id="site-rules-heading">{t('siteRules.title')}</h2>
      <p class="muted">{t('siteRules.help')}</p>
      {!canEdit && (
        <p class="notice notice-info" data-testid="site-rules-read-only">
          {t(viewer.role === null ? 'siteRules.roleUnknown' : 'siteRules.readOnly')}
        </p>
      )}
      {canEdit && !viewer.signedIn && <p class="muted">{t('siteRules.localOnly')}</p>}
      {rules.length === 0 ? (
        <p class="muted">{t('siteRules.none')}</p>
      ) : (
        <ul class="rule-list" aria-label={t('siteRules.list')}>
          {rules.map((rule) => (
            <SiteRuleItem key={rule.id} rule={rule} store={store} />
          ))}
        </ul>
      )}
      <NoticeText notice={store.notice.value} testId="site-rules-result" />
      {canEdit &&
        (store.editing.value ? (
          <SiteRuleFormView store={store} />
        ) : (
          <button type="button" class="primary" onClick={() => store.add()}>
            {t('siteRules.add')}
          </button>
        ))}
    </section>
  );
}
