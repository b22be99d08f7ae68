/**
 * The deck's ranking slide on the overview and the league: every peer group present in the scope,
 * each ranked among its own with how many it holds, a group of one said to be unranked: the
 * same sentences as the Word briefing's 排名情况 (export/briefing/truth.ts).
 */
import { coverageOf } from '../../domain/coverage.ts';
import { latestYear, unitsInScope, type Model } from '../../domain/model.ts';
import { rankUnits } from '../../domain/scoring.ts';
import { scoreText, wordsFor } from '../briefing/sentences.ts';
import { peerGroupFacts, peerGroupSentence } from '../briefing/truth.ts';
import type { Lang } from '../../i18n/index.ts';
import type { View } from '../../view/view.ts';
import { readScoringSettings } from '../../view/scoringParams.ts';
import { routes } from '../../view/routes.ts';
import type { TextSlide } from './screenDeck.ts';

export function rankingSlides(model: Model, view: View, lang: Lang): TextSlide[] {
  if (!routes[view.route].ranked) return [];
  const year = view.year ?? latestYear(model);
  if (year === null) return [];
  const w = wordsFor(lang);
  const settings = readScoringSettings(view.params);
  const scores = rankUnits(model, view.scope, view.level, year, settings);
  const facts = peerGroupFacts(scores, coverageOf(model, unitsInScope(model, view.scope, view.level), year), settings.peers === 'all');
  if (facts.length === 0) return [];
  return [
    {
      title: w.t('briefing.h.league'),
      paragraphs: [
        w.t('truth.peer.intro'),
        ...facts.map((f) => peerGroupSentence(f, w, (n) => scoreText(n, w))),
        w.t('briefing.league.method'),
      ],
    },
  ];
}
