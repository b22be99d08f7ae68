import { indicatorGroups } from '../../domain/catalogue.ts';
import type { ScoringSettings } from '../../domain/scoring.ts';
import { formatNumber, useI18n } from '../../i18n/index.ts';
import type { LeagueRow } from './leagueData.ts';

/** "How is this scored": the method in plain words, worked through with one unit's own numbers. */
export function MethodPanel({ example, settings }: { example: LeagueRow | undefined; settings: ScoringSettings }) {
  const { t, lang } = useI18n();
  return (
    <details className="panel method" data-testid="method-panel">
      <summary>
        <h2>{t('league.method')}</h2>
      </summary>
      <ol className="method-steps">
        {(['league.method.1', 'league.method.2', 'league.method.3', 'league.method.4', 'league.method.5', 'league.method.6'] as const).map(
          (k) => (
            <li key={k}>{t(k)}</li>
          ),
        )}
      </ol>
      {example && example.score.composite !== null && (
        <div className="method-example">
          <p>{t('league.method.example', { unit: example.unit.name })}</p>
          <ul>
            {indicatorGroups.map((g) => (
              <li key={g}>
                {t('league.method.exampleGroup', {
                  group: t(`group.${g}`),
                  score: example.score.groups[g] === null ? t('value.missing') : formatNumber(example.score.groups[g] ?? 0, lang, 1),
                  weight: settings.weights[g],
                })}
              </li>
            ))}
          </ul>
          <p>
            {t('league.method.exampleComposite', {
              score: formatNumber(example.score.composite, lang, 1),
              rank: example.score.rank ?? '—',
              peers: example.score.peers,
            })}
          </p>
        </div>
      )}
      <p className="muted">{t('league.method.pick')}</p>
    </details>
  );
}
