/**
 * The ranking list: tap, drag and keyboard all edit the same ranking through the pure
 * functions of ranking.ts and rank-keys.ts; every change is announced by the kiosk.
 */
import {
  DndContext,
  MouseSensor,
  TouchSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Election } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';
import { readiness } from './ballot-rules';
import { OptionCard } from './option-card';
import { keyAction } from './rank-keys';
import { displayed, dropAt, toggle } from './ranking';
import { ScreenHeading } from './screen-heading';

const silent = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

export function RankScreen(props: {
  election: Election;
  order: readonly string[];
  ranking: readonly string[];
  /** `asked`: the rank a digit key asked for, which may be more than the ranking allows. */
  onChange: (next: string[], focusId: string | null, asked?: number) => void;
  onContinue: () => void;
  onBlank: () => void;
  onBack: () => void;
  onSay: (text: string) => void;
}) {
  const { t } = useI18n();
  const { election: e, ranking } = props;
  const list = displayed(ranking, props.order);
  const ready = readiness(e.rules, ranking.length);
  const reason = ready.ok
    ? null
    : t(e.rules.allowBlank ? 'kiosk.rank.needMoreOrBlank' : 'kiosk.rank.needMore', {
        missing: ready.missing,
        min: ready.min,
      });

  const focusAfter = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { distance: 6 } }),
  );

  // A theme moved by key keeps the focus even though the list re-ordered around it.
  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = null;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-option="${id}"]`)?.focus();
  }, [ranking]);

  const onKey = (id: string) => (ev: KeyboardEvent<HTMLButtonElement>) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const a = keyAction(ev.key, ranking, id, e.options.length);
    if (a.kind === 'none') return;
    ev.preventDefault();
    if (a.kind === 'continue') {
      if (ready.ok) props.onContinue();
      else if (reason) props.onSay(reason);
    } else {
      focusAfter.current = id;
      props.onChange(a.ranking, id, /^[1-9]$/.test(ev.key) ? Number(ev.key) : undefined);
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const id = String(active.id);
    const to = list.indexOf(String(over.id));
    if (to < 0) return;
    props.onChange(dropAt(ranking, id, to), id);
  };

  return (
    <section aria-labelledby="rank-title" className="screen rank">
      <ScreenHeading id="rank-title">{t('kiosk.rank.title')}</ScreenHeading>
      <p>{t('kiosk.rank.help')}</p>
      <p id="rank-keys" className="keys-help">
        {t('kiosk.rank.keys')}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements: silent, screenReaderInstructions: { draggable: '' } }}
      >
        <SortableContext items={list} strategy={verticalListSortingStrategy}>
          <ol className="options" ref={listRef} aria-label={t('kiosk.rank.list')}>
            {list.map((id) => {
              const option = e.options.find((o) => o.id === id);
              if (!option) return null;
              const pos = ranking.indexOf(id);
              return (
                <OptionCard
                  key={id}
                  option={option}
                  rank={pos >= 0 ? pos : null}
                  onTap={() => props.onChange(toggle(ranking, id), null)}
                  onKey={onKey(id)}
                />
              );
            })}
          </ol>
        </SortableContext>
      </DndContext>
      <p className="count">
        {t('kiosk.rank.count', { count: ranking.length, total: e.options.length })}
      </p>
      {/* Sticky: the way forward and why it is closed stay on screen at any text size. */}
      <div className="action-bar">
        {reason && (
          <p id="continue-why" className="why">
            {reason}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={props.onBack}>
            {t('kiosk.rank.back')}
          </button>
          {ranking.length > 0 && (
            <button type="button" onClick={() => props.onChange([], null)}>
              {t('kiosk.rank.clear')}
            </button>
          )}
          {e.rules.allowBlank && ranking.length === 0 && (
            <button type="button" className="blank" onClick={props.onBlank}>
              {t('kiosk.rank.blank')}
            </button>
          )}
          <button
            type="button"
            className="primary"
            disabled={!ready.ok}
            aria-describedby={reason ? 'continue-why' : undefined}
            onClick={props.onContinue}
          >
            {t('kiosk.rank.continue')}
          </button>
        </div>
      </div>
    </section>
  );
}
