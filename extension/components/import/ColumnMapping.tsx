import type { EXTERNAL_SYSTEMS } from '../../../shared/enums';
import { COLUMN_TARGETS, type ColumnTarget } from '../../import/columns';
import type { Translate } from '../../locales/languages';
import { useT } from '../../state/contexts';
import type { LoadedFile } from '../../state/import-store';

interface Props {
  file: LoadedFile;
  mapping: readonly ColumnTarget[];
  onChange: (column: number, target: ColumnTarget) => void;
}

export const targetLabel = (t: Translate, target: ColumnTarget) =>
  target.startsWith('externalId:')
    ? t('import.target.externalId', { system: target.slice('externalId:'.length) })
    : t(`import.target.${target as Exclude<ColumnTarget, `externalId:${(typeof EXTERNAL_SYSTEMS)[number]}`>}`);

/** One row per column of the file: its header, what it is imported as, and a few of its values. */
export function ColumnMapping({ file, mapping, onChange }: Props) {
  const t = useT();
  const samples = (column: number) =>
    file.rows
      .slice(0, 3)
      .map((r) => r.cells[column] ?? '')
      .filter((v) => v.trim() !== '');
  return (
    <table class="import-mapping">
      <thead>
        <tr>
          <th scope="col">{t('import.colHeader')}</th>
          <th scope="col">{t('import.colTarget')}</th>
          <th scope="col">{t('import.colSample')}</th>
        </tr>
      </thead>
      <tbody>
        {file.header.map((header, column) => (
          <tr key={column}>
            <th scope="row">{header}</th>
            <td>
              <select
                aria-label={t('import.targetFor', { header })}
                value={mapping[column] ?? 'skip'}
                onChange={(e) => onChange(column, e.currentTarget.value as ColumnTarget)}
              >
                {COLUMN_TARGETS.map((target) => (
                  <option key={target} value={target}>
                    {targetLabel(t, target)}
                  </option>
                ))}
              </select>
            </td>
            <td class="muted">{samples(column).join(t('common.listSeparator'))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
