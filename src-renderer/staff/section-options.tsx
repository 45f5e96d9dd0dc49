import { localize, type Election } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';

/** The <option>s of a section picker, named in the console's language. */
export function SectionOptions({ sections }: { sections: Election['sections'] }) {
  const { lang } = useI18n();
  return (
    <>
      {sections.map((s) => (
        <option key={s.id} value={s.id}>
          {localize(s.name, lang)}
        </option>
      ))}
    </>
  );
}
