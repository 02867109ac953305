import { useState } from 'preact/hooks';
import { INTEGRATION_SCOPES, type IntegrationScope } from '../../../shared/integration-keys';
import { localDateOf } from '../../dates/local-date';
import { useI18n, useT } from '../../state/contexts';
import type { IntegrationKeysStore } from '../../state/integration-keys-store';
import { NoticeText } from '../NoticeText';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { useImeSafeSubmit } from '../use-ime-safe-submit';
import { IssuedSecret } from './IssuedSecret';

/** 外部システム連携キー: keys for other systems, each read-only or import-only, revocable; the key is shown once. */
export function IntegrationKeySection({ store }: { store: IntegrationKeysStore }) {
  const t = useT();
  const i18n = useI18n();
  const [label, setLabel] = useState('');
  const [scope, setScope] = useState<IntegrationScope>('import');
  const submit = useImeSafeSubmit(() => {
    void store.issue(label, scope).then((ok) => ok && setLabel(''));
  });
  const keys = store.keys.value;
  const issued = store.issued.value;
  const day = (iso: string) => localDateOf(iso);
  return (
    <section class="org-section" aria-labelledby="integration-keys-heading">
      <h2 id="integration-keys-heading">{t('integrationKeys.heading')}</h2>
      <p class="muted">{t('integrationKeys.intro')}</p>
      <NoticeText notice={store.notice.value} testId="integration-keys-notice" />
      {issued && (
        <IssuedSecret
          issued={issued}
          copied={store.copied.value}
          onCopy={() => void store.copyIssued()}
          onClose={() => store.closeIssued()}
        />
      )}
      {keys && keys.length === 0 && <p class="muted">{t('integrationKeys.none')}</p>}
      {keys && keys.length > 0 && (
        <ul class="token-list" aria-label={t('integrationKeys.heading')}>
          {keys.map((k) => (
            <li key={k.id} class={k.revokedAt ? 'revoked' : ''}>
              <span class="token-label">{k.label}</span>
              <span class="badge">{t(`integrationKeys.scope.${k.scope}`)}</span>
              <span class="muted">
                {t('integrationKeys.issuedBy', { date: day(k.createdAt), name: k.createdByName })}
                {t('common.listSeparator')}
                {k.lastUsedAt ? t('org.tokenLastUsed', { when: i18n.dateTime(k.lastUsedAt) }) : t('org.tokenNeverUsed')}
              </span>
              {k.revokedAt ? (
                <span class="badge badge-off">{t('org.tokenRevokedOn', { date: day(k.revokedAt) })}</span>
              ) : (
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('integrationKeys.revokeLabel', { label: k.label })}
                  onClick={() => void store.revoke(k)}
                >
                  {t('org.revokeToken')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form card-tools" aria-label={t('integrationKeys.issue')} {...submit}>
        <TextField
          label={t('integrationKeys.label')}
          value={label}
          onInput={setLabel}
          maxLength={100}
          placeholder={t('integrationKeys.labelExample')}
        />
        <SelectField<IntegrationScope>
          label={t('integrationKeys.scope')}
          value={scope}
          onChange={(v) => v && setScope(v)}
          options={INTEGRATION_SCOPES.map((s) => ({ value: s, label: t(`integrationKeys.scope.${s}`) }))}
        />
        <button type="submit" class="primary" disabled={label.trim() === ''}>
          {t('integrationKeys.issue')}
        </button>
      </form>
    </section>
  );
}
