import { describe, expect, it } from 'vitest';
import { keyAction, type FacilitatorActions } from './use-facilitator-keys';

const recorder = () => {
  const calls: string[] = [];
  const a: FacilitatorActions = {
    view: (i) => calls.push(`view ${i}`),
    step: (d) => calls.push(`step ${d}`),
    togglePage: () => calls.push('page'),
    toggleTheme: () => calls.push('theme'),
    nextLanguage: () => calls.push('lang'),
    toggleCycle: () => calls.push('cycle'),
    toggleControls: () => calls.push('controls'),
  };
  return { a, calls };
};

describe('facilitator keys', () => {
  it('maps digits, arrows, presenter page keys and letters (either case)', () => {
    const { a, calls } = recorder();
    for (const k of ['1', '3', 'ArrowRight', 'PageUp', 'm', 'T', 'l', 'a', 'C'])
      keyAction(k, a)?.();
    expect(calls).toEqual([
      'view 0',
      'view 2',
      'step 1',
      'step -1',
      'page',
      'theme',
      'lang',
      'cycle',
      'controls',
    ]);
  });

  it('leaves other keys to the page (Tab, Enter, Space, 0)', () => {
    const { a } = recorder();
    for (const k of ['Tab', 'Enter', ' ', '0', 'x']) expect(keyAction(k, a)).toBeNull();
  });
});
