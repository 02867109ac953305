import type { CellCode } from '../../import/convert';
import { useT } from '../../state/contexts';
import type { ShownProblem } from '../../state/import-store';

interface Props {
  problems: readonly ShownProblem[];
  total: number;
}

/** Every problem with its row and column, as a spreadsheet numbers them; nothing was written. */
export function ImportProblems({ problems, total }: Props) {
  const t = useT();
  return (
    <div class="import-problems">
      <p role="alert">
        {t('import.problems', { count: total })}
        {problems.length < total && ` ${t('import.problemsMore', { shown: problems.length })}`}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('import.colRow')}</th>
            <th scope="col">{t('import.colColumn')}</th>
            <th scope="col">{t('import.colProblem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>{p.row}</td>
              <td>{p.column ?? t('import.wholeRow')}</td>
              <td>{'cell' in p ? t(`import.cell.${p.cell.code satisfies CellCode}`, { value: p.cell.value }) : p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
