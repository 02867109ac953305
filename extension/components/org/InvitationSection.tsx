import { useState } from 'preact/hooks';
import { INVITATION_TTL_HOURS } from '../../../shared/invitation-code';
import { JOB_TITLES, ROLES, type JobTitle, type Role } from '../../../shared/enums';
import { useI18n, useT } from '../../state/contexts';
import type { OrgAdminStore } from '../../state/org-admin-store';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { useImeSafeSubmit } from '../use-ime-safe-submit';

/**
 * 職員を招待: name, role and 職種, then a code (shown once) that the person enters in their
 * extension's settings; the invitations not yet used, with their expiry, each revocable.
 */
export function InvitationSection({ store }: { store: OrgAdminStore }) {
  const t = useT();
  const i18n = useI18n();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('advisor');
  const [jobTitle, setJobTitle] = useState<JobTitle | ''>('');
  const submit = useImeSafeSubmit(() => {
    void store.invite({ name, role, jobTitle: jobTitle || null }).then((done) => {
      if (!done) return;
      setName('');
      setJobTitle('');
      setRole('advisor');
    });
  });
  const pending = store.invitations.value;
  return (
    <section class="org-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('org.invite')}</h2>
      <p class="muted">{t('org.inviteHelp', { hours: INVITATION_TTL_HOURS })}</p>
      <form class="invite-form" {...submit}>
        <TextField label={t('org.inviteName')} value={name} onInput={setName} maxLength={100} />
        <div class="row">
          <SelectField<Role>
            label={t('org.role')}
            value={role}
            onChange={(r) => setRole(r || 'advisor')}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
          <SelectField<JobTitle>
            label={t('org.jobTitle')}
            value={jobTitle}
            onChange={setJobTitle}
            options={[{ value: '', label: t('org.notSet') }, ...JOB_TITLES.map((j) => ({ value: j, label: t(`jobTitle.${j}`) }))]}
          />
        </div>
        <div class="buttons">
          <button type="submit" class="primary">
            {t('org.createInvitation')}
          </button>
        </div>
      </form>
      <h3>{t('org.pending')}</h3>
      {pending.length === 0 ? (
        <p class="muted">{t('org.noPending')}</p>
      ) : (
        <ul class="pending-list" aria-label={t('org.pending')}>
          {pending.map((inv) => (
            <li key={inv.id}>
              <span class="pending-name">{inv.name}</span>
              <span>{t(`role.${inv.role}`)}</span>
              <span>{inv.jobTitle ? t(`jobTitle.${inv.jobTitle}`) : t('org.notSet')}</span>
              <span class="muted">{t('org.expires', { when: i18n.dateTime(inv.expiresAt) })}</span>
              <button
                type="button"
                class="link danger"
                aria-label={t('org.revokeInvitationLabel', { name: inv.name })}
                onClick={() => void store.revokeInvitation(inv)}
              >
                {t('org.revokeInvitation')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
