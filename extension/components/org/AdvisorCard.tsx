import type { AdvisorView, TokenView } from '../../../shared/api';
import { JOB_TITLES, ROLES, type JobTitle, type Role } from '../../../shared/enums';
import { localDateOf } from '../../dates/local-date';
import { useI18n, useT } from '../../state/contexts';
import type { OrgAdminStore } from '../../state/org-admin-store';
import { SelectField } from '../SelectField';
import { InlineTextForm } from './InlineTextForm';

interface Props {
  advisor: AdvisorView;
  tokens: readonly TokenView[];
  store: OrgAdminStore;
}

/**
 * One member of staff: 職種 and 役割 (changed at once), enabled or not, their API tokens with
 * the last use, a new token (shown once), a new name. The admin's own card offers no way to
 * lower their role or disable themself: an enabled admin always remains.
 */
export function AdvisorCard({ advisor: a, tokens, store }: Props) {
  const t = useT();
  const i18n = useI18n();
  const self = a.id === store.me;
  const disabled = a.disabledAt !== null;
  const headingId = `advisor-${a.id}`;
  /** The day (in Japan) an instant fell on, as the karte shows days. */
  const day = (iso: string) => i18n.date(localDateOf(iso));
  return (
    <article class={`advisor-card${disabled ? ' is-disabled' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{a.name}</h3>
      <p class="muted">
        {self && <span class="badge">{t('org.you')}</span>}
        {disabled ? <span class="badge badge-off">{t('org.stateDisabled')}</span> : <span class="badge">{t('org.stateEnabled')}</span>}
      </p>
      <div class="row">
        <SelectField<JobTitle>
          label={t('org.jobTitle')}
          value={a.jobTitle ?? ''}
          options={[{ value: '', label: t('org.notSet') }, ...JOB_TITLES.map((j) => ({ value: j, label: t(`jobTitle.${j}`) }))]}
          onChange={(j) => void store.setJobTitle(a, j || null)}
        />
        {self ? (
          <div class="field">
            <span class="field-label">{t('org.role')}</span>
            <span>{t(`role.${a.role}`)}</span>
            <small class="muted">{t('org.ownRole')}</small>
          </div>
        ) : (
          <SelectField<Role>
            label={t('org.role')}
            value={a.role}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            onChange={(r) => r && void store.setRole(a, r)}
          />
        )}
      </div>
      <h4>{t('org.tokens')}</h4>
      {tokens.length === 0 ? (
        <p class="muted">{t('org.noTokens')}</p>
      ) : (
        <ul class="token-list">
          {tokens.map((tok) => (
            <li key={tok.id} class={tok.revokedAt ? 'revoked' : undefined}>
              <span class="token-label">{tok.label}</span>
              <span class="muted">
                {t('org.tokenIssuedOn', { date: day(tok.createdAt) })}
                {t('common.listSeparator')}
                {tok.lastUsedAt ? t('org.tokenLastUsed', { when: i18n.dateTime(tok.lastUsedAt) }) : t('org.tokenNeverUsed')}
              </span>
              {tok.revokedAt ? (
                <span class="badge badge-off">{t('org.tokenRevokedOn', { date: day(tok.revokedAt) })}</span>
              ) : (
                <button
                  type="button"
                  class="link danger"
                  aria-label={t('org.revokeTokenLabel', { name: a.name, label: tok.label })}
                  onClick={() => void store.revokeToken(tok)}
                >
                  {t('org.revokeToken')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div class="buttons card-tools">
        {!disabled && (
          <InlineTextForm
            open={t('org.issueToken')}
            openLabel={t('org.issueTokenLabel', { name: a.name })}
            label={t('org.tokenName')}
            initial={t('org.tokenNameDefault')}
            submit={t('org.issue')}
            cancel={t('common.cancel')}
            maxLength={100}
            onSubmit={(label) => store.issueToken(a, label)}
          />
        )}
        <InlineTextForm
          open={t('org.rename')}
          openLabel={t('org.renameLabel', { name: a.name })}
          label={t('org.newName')}
          initial={a.name}
          submit={t('common.save')}
          cancel={t('common.cancel')}
          maxLength={100}
          onSubmit={(name) => store.rename(a, name)}
        />
        {!self && (
          <button
            type="button"
            class={disabled ? 'secondary' : 'secondary danger'}
            aria-label={t(disabled ? 'org.enableLabel' : 'org.disableLabel', { name: a.name })}
            onClick={() => void store.setDisabled(a, !disabled)}
          >
            {disabled ? t('org.enable') : t('org.disable')}
          </button>
        )}
      </div>
      {disabled && <p class="muted">{t('org.disabledExplain')}</p>}
    </article>
  );
}
