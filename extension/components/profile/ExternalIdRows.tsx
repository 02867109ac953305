import { EXTERNAL_SYSTEMS, type ExternalSystem } from '../../../shared/enums';
import { LIMITS } from '../../../shared/limits';
import type { ExternalIdDraft } from '../../karte/profile-draft';
import { useT } from '../../state/contexts';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';

interface Props {
  rows: ExternalIdDraft[];
  onChange: (rows: ExternalIdDraft[]) => void;
}

/**
 * The business's numbers in other systems, a row each: the system from the list (BIZミル, TOAS,
 * よろず支援拠点の相談システム, 中小機構, kintone) or その他 with its name typed, and the number. A
 * system stored under another name (a site rule's, say) shows as その他 with that name, kept as it was.
 */
export function ExternalIdRows({ rows, onChange }: Props) {
  const t = useT();
  const set = (i: number, patch: Partial<ExternalIdDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const systems = [
    ...EXTERNAL_SYSTEMS.map((s) => ({ value: s as ExternalSystem | '', label: t(`system.${s}`) })),
    { value: '' as const, label: t('system.other') },
  ];
  return (
    <fieldset class="external-ids">
      <legend>{t('profile.sectionExternal')}</legend>
      {rows.length === 0 && <p class="muted">{t('profile.externalNone')}</p>}
      <ol class="external-rows">
        {rows.map((row, i) => {
          const n = i + 1;
          return (
            <li key={i} class="external-row">
              <SelectField
                label={t('profile.externalSystem', { n })}
                value={row.known ?? ''}
                options={systems}
                onChange={(v) => set(i, { known: v || null })}
              />
              {row.known === null && (
                <TextField
                  label={t('profile.externalOther', { n })}
                  value={row.other}
                  onInput={(other) => set(i, { other })}
                  maxLength={40}
                />
              )}
              <TextField
                label={t('profile.externalValue', { n })}
                value={row.value}
                onInput={(value) => set(i, { value })}
                maxLength={LIMITS.shortText}
              />
              <button
                type="button"
                class="link danger"
                aria-label={t('profile.externalRemove', { n })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                {t('common.delete')}
              </button>
            </li>
          );
        })}
      </ol>
      {rows.length < LIMITS.externalIds && (
        <button type="button" class="secondary" onClick={() => onChange([...rows, { known: EXTERNAL_SYSTEMS[0], other: '', value: '' }])}>
          {t('profile.externalAdd')}
        </button>
      )}
    </fieldset>
  );
}
