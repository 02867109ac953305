import { useEffect, useRef } from 'preact/hooks';
import { useI18n, useT } from '../../state/contexts';
import type { Issued } from '../../state/org-admin-store';

interface Props {
  issued: Issued;
  /** true: copied; false: the browser refused (select it by hand); null: not tried yet. */
  copied: boolean | null;
  onCopy: () => void;
  onClose: () => void;
}

/**
 * A token, an invitation code or an integration key the server shows once. It takes the focus when it appears, says
 * what to do with it, copies with one button, and is gone for good once closed.
 */
export function IssuedSecret({ issued, copied, onCopy, onClose }: Props) {
  const t = useT();
  const i18n = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [issued.secret]);
  const token = issued.kind === 'token';
  const title =
    issued.kind === 'token'
      ? t('org.tokenIssued', { name: issued.name, label: issued.label })
      : issued.kind === 'invitation'
        ? t('org.invitationIssued', { name: issued.name })
        : t('integrationKeys.issued', { label: issued.label });
  const once =
    issued.kind === 'token'
      ? t('org.tokenOnce')
      : issued.kind === 'invitation'
        ? t('org.invitationOnce', { expires: i18n.dateTime(issued.expiresAt) })
        : t('integrationKeys.once');
  return (
    <section class="issued" aria-labelledby="issued-heading" data-testid="issued-secret">
      <h2 id="issued-heading" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <p class="secret">
        <code data-testid="issued-value">{issued.secret}</code>
      </p>
      <p>{once}</p>
      <div class="buttons">
        <button type="button" class="primary" onClick={onCopy}>
          {token ? t('org.copyToken') : issued.kind === 'integrationKey' ? t('integrationKeys.copy') : t('org.copyCode')}
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          {t('org.closeSecret')}
        </button>
      </div>
      {copied !== null && (
        <p role={copied ? 'status' : 'alert'} class={`notice ${copied ? 'notice-success' : 'notice-error'}`}>
          {copied ? t('org.copied') : t('org.copyFailed')}
        </p>
      )}
    </section>
  );
}
