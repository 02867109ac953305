import type { LocalBusiness } from '../../db/schema';
import type { BusinessListRow, BusinessListView, BusinessSortKey } from '../../karte/business-list';
import { karteHref } from '../../karte/hrefs';
import { useI18n, useT } from '../../state/contexts';
import { dayOf } from '../../dates/local-time';

interface Props {
  rows: readonly BusinessListRow[];
  view: BusinessListView;
  selected: readonly string[];
  ownerLabel: (business: LocalBusiness) => string;
  onSort: (key: BusinessSortKey) => void;
  onToggle: (id: string) => void;
  onDelete: (row: BusinessListRow) => void;
}

/** The businesses as a table: sortable column headings, a checkbox to pick two for a merge, delete. */
export function BusinessTable({ rows, view, selected, ownerLabel, onSort, onToggle, onDelete }: Props) {
  const t = useT();
  const i18n = useI18n();
  const heading = (key: BusinessSortKey, label: string) => (
    <th scope="col" aria-sort={view.sort === key ? (view.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" class="sort" aria-label={t('businesses.sortBy', { column: label })} onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true">{view.sort === key ? (view.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  return (
    <table class="business-table" data-testid="business-table">
      <caption class="visually-hidden">{t('businesses.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">{t('businesses.colSelect')}</span>
          </th>
          {heading('name', t('businesses.colName'))}
          {heading('status', t('businesses.colStatus'))}
          {heading('last', t('businesses.colLast'))}
          <th scope="col">{t('businesses.colConsultations')}</th>
          <th scope="col">{t('businesses.colActions')}</th>
          {heading('owner', t('businesses.colOwner'))}
          <th scope="col">
            <span class="visually-hidden">{t('businesses.colOps')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const b = r.business;
          return (
            <tr key={b.id} data-testid={`business-row-${b.id}`}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('businesses.select', { name: b.name })}
                  checked={selected.includes(b.id)}
                  onChange={() => onToggle(b.id)}
                />
              </td>
              <td>
                <a href={karteHref(b.id)}>{b.name}</a>
                {b.nameKana && <small class="muted kana">{b.nameKana}</small>}
              </td>
              <td>{t(`status.${b.status}`)}</td>
              <td>{r.lastHeldAt ? i18n.date(dayOf(r.lastHeldAt)) : <span class="muted">{t('businesses.noConsultation')}</span>}</td>
              <td class="num">{r.consultations}</td>
              <td class="num">
                {r.openActions}
                {r.overdueActions > 0 && <span class="overdue"> {t('businesses.overdue', { count: r.overdueActions })}</span>}
              </td>
              <td>{ownerLabel(b)}</td>
              <td>
                <button
                  type="button"
                  class="link danger"
                  aria-label={t('businesses.deleteLabel', { name: b.name })}
                  onClick={() => onDelete(r)}
                >
                  {t('businesses.delete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
