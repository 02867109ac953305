import { DEMAND_EVENT_KINDS } from '../../../shared/enums';
import { LIMITS } from '../../../shared/limits';
import type { DemandEvent } from '../../../shared/records';
import type { LocalDemandEvent } from '../../db/schema';
import { demandDraft, demandFromDraft } from '../../karte/support-draft';
import { useI18n, useT } from '../../state/contexts';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { FormEnd } from './FormEnd';
import { RecordTools, SupportSection } from './SupportSection';
import { yenText } from './support-text';
import { useSupportForm } from './use-support-form';

type Fields = Omit<DemandEvent, 'businessId' | 'deleted'>;

interface Props {
  records: readonly LocalDemandEvent[];
  editing: string | null | undefined;
  onOpen: (id: string | null) => void;
  onClose: () => void;
  onSave: (id: string | null, fields: Fields) => Promise<boolean>;
  onDelete: (record: LocalDemandEvent, name: string) => void;
}

/** 需要開拓 on the karte: each 出展 and 商談会 with its date, and the 商談 and 成約 that came of it. */
export function DemandSection({ records, editing, onOpen, onClose, onSave, onDelete }: Props) {
  const t = useT();
  const i18n = useI18n();
  const form = (record: LocalDemandEvent | null) => (
    <DemandForm key={record?.id ?? 'new'} record={record} onSave={(fields) => onSave(record?.id ?? null, fields)} onCancel={onClose} />
  );
  const facts = (e: LocalDemandEvent) =>
    [
      t(`demandKind.${e.eventKind}`),
      i18n.date(e.heldOn),
      e.meetings !== null && t('demand.factMeetings', { count: e.meetings }),
      e.deals !== null && t('demand.factDeals', { count: e.deals }),
      e.dealAmount !== null && t('demand.factAmount', { amount: yenText(t, e.dealAmount) }),
    ].filter((f): f is string => typeof f === 'string');
  return (
    <SupportSection
      kind="demandEvent"
      heading={t('demand.heading')}
      what={t('demand.what')}
      count={records.length}
      testId="demand-events"
      onAdd={editing === undefined ? () => onOpen(null) : null}
      form={editing === null ? form(null) : null}
    >
      {records.length > 0 && (
        <ul class="support-list">
          {records.map((e) => (
            <li key={e.id} class="support-item" data-testid={`demand-${e.id}`}>
              {editing === e.id ? (
                form(e)
              ) : (
                <>
                  <div class="support-line">
                    <strong>{e.name}</strong>
                    <RecordTools
                      name={e.name}
                      onEdit={editing === undefined ? () => onOpen(e.id) : null}
                      onDelete={() => onDelete(e, e.name)}
                    />
                  </div>
                  <p class="support-facts">{facts(e).join(t('common.listSeparator'))}</p>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </SupportSection>
  );
}

interface FormProps {
  record: LocalDemandEvent | null;
  onSave: (fields: Fields) => Promise<unknown>;
  onCancel: () => void;
}

function DemandForm({ record, onSave, onCancel }: FormProps) {
  const t = useT();
  const { draft: d, set, problem, formProps } = useSupportForm(() => demandDraft(record), demandFromDraft, onSave, onCancel);
  const title = record ? t('support.edit', { what: record.name }) : t('support.add', { what: t('demand.what') });
  return (
    <form class="support-form no-print" aria-label={title} {...formProps}>
      <div class="row">
        <SelectField
          label={t('demand.kind')}
          value={d.eventKind}
          options={DEMAND_EVENT_KINDS.map((k) => ({ value: k, label: t(`demandKind.${k}`) }))}
          onChange={(eventKind) => set({ eventKind: eventKind || 'exhibition' })}
        />
        <TextField label={t('demand.heldOn')} type="date" value={d.heldOn} onInput={(heldOn) => set({ heldOn })} />
      </div>
      <TextField
        label={t('demand.name')}
        value={d.name}
        onInput={(name) => set({ name })}
        placeholder={t('demand.namePlaceholder')}
        maxLength={LIMITS.title}
      />
      <div class="row row-3">
        <TextField label={t('demand.meetings')} value={d.meetings} onInput={(meetings) => set({ meetings })} inputMode="numeric" />
        <TextField label={t('demand.deals')} value={d.deals} onInput={(deals) => set({ deals })} inputMode="numeric" />
        <TextField label={t('demand.dealAmount')} value={d.dealAmount} onInput={(dealAmount) => set({ dealAmount })} inputMode="numeric" />
      </div>
      <FormEnd problem={problem} onCancel={onCancel} />
    </form>
  );
}
