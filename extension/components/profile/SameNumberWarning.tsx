import { BUSINESSES_HREF, karteHref } from '../../karte/hrefs';
import { useT } from '../../state/contexts';

interface Props {
  others: ReadonlyArray<{ id: string; name: string }>;
  /** In the editor the links open a new tab, so what is being typed stays. */
  newTab?: boolean;
}

/**
 * Other businesses on this device with the same 法人番号, each linked to its karte, and the way
 * to put a duplicate right (the 事業者一覧's merge). A warning: the number is still saved.
 */
export function SameNumberWarning({ others, newTab }: Props) {
  const t = useT();
  if (others.length === 0) return null;
  const target = newTab ? '_blank' : undefined;
  return (
    <div class="field-warning" role="status" data-testid="same-number">
      <p>{t('profile.sameNumber')}</p>
      <ul>
        {others.map((b) => (
          <li key={b.id}>
            <a href={karteHref(b.id)} target={target}>
              {b.name}
            </a>
          </li>
        ))}
      </ul>
      <p>
        {t('profile.sameNumberMerge')}{' '}
        <a href={BUSINESSES_HREF} target={target}>
          {t('profile.openBusinesses')}
        </a>
      </p>
    </div>
  );
}
