import type { ShownHit } from '../../search/protocol';
import { useI18n, useT } from '../../state/contexts';
import { Highlighted } from './Highlighted';

interface Props {
  hit: ShownHit;
  id: string;
  active: boolean;
  onOpen: (hit: ShownHit) => void;
}

/** One result: what it is, whose it is, and the matching part of its text highlighted. */
export function SearchHitItem({ hit, id, active, onOpen }: Props) {
  const t = useT();
  const i18n = useI18n();
  // Businesses and tags are named by their title; a consultation or an action by its business.
  const titled = hit.kind === 'business' || hit.kind === 'tag';
  // A name that matched is the title itself, highlighted; otherwise the title, then where it matched.
  const titleMatched = titled && hit.field === 'name';
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      class={active ? 'search-hit active' : 'search-hit'}
      data-kind={hit.kind}
      // mousedown, not click: the box keeps focus, so ↑/↓ still work after a look with the mouse.
      onMouseDown={(e) => {
        e.preventDefault();
        onOpen(hit);
      }}
    >
      <span class="search-kind">{t(`search.kind.${hit.kind}`)}</span>
      <span class="search-title">
        {titleMatched ? (
          <Highlighted text={hit.snippet} ranges={hit.highlights} />
        ) : titled ? (
          hit.title
        ) : (
          (hit.businessName ?? t('search.unknownBusiness'))
        )}
        {hit.kind === 'consultation' && hit.at !== null && <time class="muted"> {i18n.dateTime(new Date(hit.at).toISOString())}</time>}
      </span>
      {!titleMatched && hit.snippet !== '' && (
        <span class="search-snippet">
          {/* An action has one field, already named by its kind. */}
          {hit.kind !== 'action' && <span class="muted">{t(`search.field.${hit.field}`)}: </span>}
          <Highlighted text={hit.snippet} ranges={hit.highlights} />
        </span>
      )}
    </li>
  );
}
