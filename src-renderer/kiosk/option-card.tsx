/**
 * One theme in the ranking list: the big button (tap to rank or take back, keys to rank or
 * move), a drag handle for mouse and touch, and its description on demand.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState, type KeyboardEvent } from 'react';
import { localize, type ElectionOption } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';

export function OptionCard(props: {
  option: ElectionOption;
  rank: number | null;
  onTap: () => void;
  onKey: (e: KeyboardEvent<HTMLButtonElement>) => void;
}) {
  const { t, lang, ordinal } = useI18n();
  const { option, rank } = props;
  const [open, setOpen] = useState(false);
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } =
    useSortable({ id: option.id });
  const title = localize(option.title, lang);
  const descId = `desc-${option.id}`;
  const classes = ['option-card', rank !== null && 'ranked', isDragging && 'dragging']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      ref={setNodeRef}
      className={classes}
      data-card={option.id}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      {/* Pointer-only: keyboard users rank with digits and arrows on the theme button. */}
      <div
        ref={setActivatorNodeRef}
        className="drag-handle"
        data-handle={option.id}
        aria-hidden="true"
        title={t('kiosk.rank.drag', { title })}
        {...listeners}
      />
      <button
        type="button"
        className="option"
        data-option={option.id}
        aria-pressed={rank !== null}
        aria-describedby="rank-keys"
        onClick={props.onTap}
        onKeyDown={props.onKey}
      >
        <span className="badge">
          {rank !== null
            ? t('kiosk.rank.ranked', { ordinal: ordinal(rank + 1) })
            : t('kiosk.rank.unranked')}
        </span>
        <span className="option-title">{title}</span>
      </button>
      {option.description && (
        <button
          type="button"
          className="more"
          aria-expanded={open}
          aria-controls={descId}
          aria-label={t('kiosk.rank.moreOf', { title })}
          onClick={() => setOpen((o) => !o)}
        >
          {t('kiosk.rank.more')}
        </button>
      )}
      {option.description && (
        <p id={descId} className="description" hidden={!open}>
          {localize(option.description, lang)}
        </p>
      )}
    </li>
  );
}
