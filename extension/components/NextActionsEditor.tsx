import { ACTION_SIDES } from '../../shared/enums';
import { useT } from '../state/contexts';
import type { DraftAction } from '../draft/consultation-draft';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface Props {
  actions: readonly DraftAction[];
  onChange: (actions: DraftAction[]) => void;
}

/** 次の行動 agreed in the consultation: who (owner or advisor), what, and by when. */
export function NextActionsEditor({ actions, onChange }: Props) {
  const t = useT();
  const patch = (i: number, change: Partial<DraftAction>) => onChange(actions.map((a, j) => (j === i ? { ...a, ...change } : a)));
  return (
    <fieldset class="next-actions">
      <legend>{t('actions.legend')}</legend>
      {actions.map((a, i) => (
        <div key={i} role="group" aria-label={t('actions.row', { n: i + 1 })} class="action-row">
          <SelectField
            label={t('actions.side')}
            value={a.side}
            options={ACTION_SIDES.map((s) => ({ value: s, label: t(`side.${s}`) }))}
            onChange={(side) => patch(i, { side: side || 'owner' })}
          />
          <TextField label={t('actions.text')} value={a.text} onInput={(text) => patch(i, { text })} />
          <TextField label={t('actions.due')} type="date" value={a.dueDate} onInput={(dueDate) => patch(i, { dueDate })} />
          <button type="button" class="link" onClick={() => onChange(actions.filter((_, j) => j !== i))}>
            {t('actions.remove')}
          </button>
        </div>
      ))}
      <button type="button" class="secondary" onClick={() => onChange([...actions, { side: 'owner', text: '', dueDate: '' }])}>
        {t('actions.add')}
      </button>
    </fieldset>
  );
}
