import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ElectionSchema, localize } from './election';

const repo = path.resolve(import.meta.dirname, '../..');
const raw = JSON.parse(
  fs.readFileSync(path.join(repo, 'assets/default-election.json'), 'utf8'),
) as Record<string, unknown>;

describe('the embedded SIP 2020-2021 election', () => {
  const e = ElectionSchema.parse(raw);

  it('has the four themes of the seed, in French, Dutch and English', () => {
    expect(e.options.map((o) => o.id)).toEqual([
      'accompagnement',
      'projet-politique',
      'horizon-post-crise',
      'place-salaries',
    ]);
    for (const o of e.options) {
      expect(o.title.nl && o.title.en).toBeTruthy();
      expect(o.description?.fr && o.description.nl && o.description.en).toBeTruthy();
    }
    expect(e.options[1]?.description?.fr).toContain('Smart porte un projet politique');
  });

  it('shows the two extended themes as context, and has the sections France and Belgique', () => {
    const context = e.context.map((c) => c.fr).join(' ');
    expect(context).toContain('Penser et agir pour l’égalité');
    expect(context).toContain('Mutualiste, redistributif, solidaire');
    expect(e.sections.map((s) => [s.id, s.name.fr])).toEqual([
      ['FR', 'France'],
      ['BE', 'Belgique'],
    ]);
  });

  it('asks the question as the board of directors put it', () => {
    expect(e.question.fr).toContain('Conseil d’administration');
    expect(e.question.fr).toContain('ordre de préférence');
  });
});

describe('ElectionSchema', () => {
  it('lists every problem with its path', () => {
    const bad = {
      ...raw,
      id: 'Pas Un Slug',
      options: [
        { id: 'a', title: { fr: 'A' } },
        { id: 'a', title: { fr: '' } },
      ],
      rules: { minRanked: 5, allowBlank: true },
    };
    const r = ElectionSchema.safeParse(bad);
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['id', 'options.1.title.fr']));
  });

  it('refuses duplicate option ids and a minimum above the number of options', () => {
    const bad = {
      ...raw,
      options: [
        { id: 'a', title: { fr: 'A' } },
        { id: 'a', title: { fr: 'B' } },
      ],
    };
    const r = ElectionSchema.safeParse({ ...bad, rules: { minRanked: 3, allowBlank: false } });
    expect(r.success).toBe(false);
    const messages = r.success
      ? []
      : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages.join('\n')).toMatch(/options: duplicate option id "a"/);
    expect(messages.join('\n')).toMatch(/rules\.minRanked: cannot exceed/);
  });

  it('falls back to French for a missing language', () => {
    expect(localize({ fr: 'Bonjour', en: 'Hello' }, 'nl')).toBe('Bonjour');
    expect(localize({ fr: 'Bonjour', en: 'Hello' }, 'en')).toBe('Hello');
  });
});
