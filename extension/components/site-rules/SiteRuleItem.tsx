import { useId } from 'preact/hooks';
import type { LocalSiteRule } from '../../db/schema';
import { useT } from '../../state/contexts';
import type { SiteRuleEditorStore } from '../../state/site-rule-editor-store';

/** One rule in the list: what it matches and how it reads the ID; switches and buttons for managers. */
export function SiteRuleItem({ rule, store }: { rule: LocalSiteRule; store: SiteRuleEditorStore }) {
  const t = useT();
  const enabledId = useId();
  const canEdit = store.canEdit.value;
  const how = rule.extract.from === 'url' ? 'siteRules.summaryUrl' : 'siteRules.summarySelector';
  return (
    <li class="rule-item" data-testid={`rule-${rule.id}`}>
      <div>
        <strong>{rule.name}</strong>
        {!rule.enabled && <span class="badge"> {t('siteRules.disabledBadge')}</span>}
        <div class="muted">{t(how, { system: rule.system })}</div>
        {store.unsafe.value.has(rule.id) && (
          <p class="notice notice-error" data-testid="rule-unsafe">
            {t('siteRules.unsafe')}
          </p>
        )}
        <code class="url">{rule.urlPattern}</code>
      </div>
      {canEdit && (
        <div class="buttons">
          <span class="check">
            <input
              id={enabledId}
              type="checkbox"
              checked={rule.enabled}
              onChange={(e) => void store.setEnabled(rule, e.currentTarget.checked)}
            />
            <label for={enabledId}>{t('siteRules.useRule', { name: rule.name })}</label>
          </span>
          <button type="button" class="link" aria-label={t('siteRules.editRule', { name: rule.name })} onClick={() => store.edit(rule)}>
            {t('common.edit')}
          </button>
          <button
            type="button"
            class="link danger"
            aria-label={t('siteRules.deleteRule', { name: rule.name })}
            onClick={() => void store.remove(rule)}
          >
            {t('common.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
