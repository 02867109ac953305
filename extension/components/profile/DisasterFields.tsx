import { useId } from 'preact/hooks';
import { DISASTER_CERTIFICATES, RECOVERY_STATES } from '../../../shared/enums';
import { LIMITS } from '../../../shared/limits';
import type { ProfileDraft } from '../../karte/profile-draft';
import { DISASTER_NAME_SUGGESTIONS } from '../../karte/profile-options';
import { useT } from '../../state/contexts';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';

interface Props {
  draft: ProfileDraft;
  set: (patch: Partial<ProfileDraft>) => void;
}

/** 被災: 災害名 (with the usual names offered), 被害の内容, 罹災証明 and its date, 再建の状況 and notes. */
export function DisasterFields({ draft: d, set }: Props) {
  const t = useT();
  const listId = useId();
  const dated = d.disasterCertificate === 'applied' || d.disasterCertificate === 'issued';
  return (
    <fieldset class="profile-section" id="profile-disaster" data-testid="disaster-fields">
      <legend>{t('disaster.heading')}</legend>
      <TextField
        label={t('disaster.name')}
        value={d.disasterName}
        onInput={(disasterName) => set({ disasterName })}
        list={listId}
        placeholder={t('disaster.namePlaceholder')}
        maxLength={LIMITS.shortText}
      />
      <datalist id={listId}>
        {DISASTER_NAME_SUGGESTIONS.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <TextField
        label={t('disaster.damage')}
        value={d.disasterDamage}
        onInput={(disasterDamage) => set({ disasterDamage })}
        multiline
        rows={2}
        maxLength={LIMITS.karteText}
      />
      <div class="row">
        <SelectField
          label={t('disaster.certificate')}
          value={d.disasterCertificate}
          options={[
            { value: '', label: t('profile.choose') },
            ...DISASTER_CERTIFICATES.map((c) => ({ value: c, label: t(`certificate.${c}`) })),
          ]}
          onChange={(disasterCertificate) => set({ disasterCertificate })}
        />
        {dated && (
          <TextField
            label={t('disaster.certificateDate')}
            type="date"
            value={d.disasterCertificateDate}
            onInput={(disasterCertificateDate) => set({ disasterCertificateDate })}
          />
        )}
      </div>
      <SelectField
        label={t('disaster.recovery')}
        value={d.disasterRecovery}
        options={[{ value: '', label: t('profile.choose') }, ...RECOVERY_STATES.map((r) => ({ value: r, label: t(`recovery.${r}`) }))]}
        onChange={(disasterRecovery) => set({ disasterRecovery })}
      />
      <TextField
        label={t('disaster.recoveryNote')}
        value={d.disasterRecoveryNote}
        onInput={(disasterRecoveryNote) => set({ disasterRecoveryNote })}
        multiline
        rows={2}
        maxLength={LIMITS.karteText}
      />
    </fieldset>
  );
}
