/** A modal question before an action that cannot be undone (close, purge, new election). */
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  /** One paragraph, or several (the main question first, then each warning). */
  body: string | readonly string[];
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-b`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-t`}>{title}</h2>
      <div id={`${id}-b`}>
        {(typeof body === 'string' ? [body] : body).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <div className="actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('staff.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
