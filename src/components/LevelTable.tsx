// How many of a partner's contacts took place at each level, on each side.
import { useI18n } from '../i18n/react.tsx';
import { levelRows, type LevelTally } from '../model/level-counts.ts';

export function LevelTable({ levels, focusName }: { levels: LevelTally; focusName: string }) {
  const { t, number } = useI18n();
  const sides = [
    { key: 'focus', label: t('profile.levels.focus', { focus: focusName }), rows: levelRows(levels.focus) },
    { key: 'partner', label: t('profile.levels.partner'), rows: levelRows(levels.partner) },
  ];
  return (
    <section className="profile-levels">
      <h3 className="profile-subheading">{t('profile.levels')}</h3>
      <div className="profile-levels-sides">
        {sides.map((side) => (
          <table key={side.key} className="profile-levels-table" data-side={side.key}>
            <caption>{side.label}</caption>
            <tbody>
              {side.rows.map(({ level, count }) => (
                <tr key={level}><th scope="row">{t(`level.${level}`)}</th><td>{number(count)}</td></tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}
