/**
 * "Export this page → Word briefing": the briefing for the page on screen (its part) or for the
 * whole scope and year (overview, league, weaknesses, and the unit on a unit page), with the
 * charts on screen as numbered figures. Loaded only when asked for; the docx library with it.
 */
import { chartOnlyPng } from '../chart/render.ts';
import { dateStamp } from '../chart/layout.ts';
import { datasetHash } from '../hash.ts';
import { chartsOnScreen } from '../registry/onScreen.ts';
import type { DocInfo } from '../registry/docInfo.ts';
import { latestYear, type Model } from '../../domain/model.ts';
import { safeFilename } from '../download.ts';
import { buildBriefing, type BriefingPart } from './briefing.ts';
import { buildBriefingDocx, type BriefingFigure } from '../formats/docx.ts';
import { wordsFor } from './sentences.ts';
import type { View } from '../../view/view.ts';
import { readScoringSettings } from '../../view/scoringParams.ts';
import { routes, type RouteId } from '../../view/routes.ts';
import { targetsSection, type TargetsInUse } from '../../shared/targets/briefingTargets.ts';
import type { ScreenFile } from '../screen/screenFile.ts';

/** A figure at 640×360 logical px, 2.5× (1600×900): sharp at the text block's 156 mm. */
const FIGURE = { w: 640, h: 360, ratio: 2.5 };

/** The part of the briefing a route speaks for (the route table's `briefing`). */
export const partOfRoute = (route: RouteId): BriefingPart | null => routes[route].briefing;

export async function briefingDocx(
  info: DocInfo,
  view: View,
  model: Model,
  whole: boolean,
  targets: TargetsInUse | null = null,
): Promise<ScreenFile> {
  const year = view.year ?? latestYear(model);
  if (year === null) throw new Error(info.t('overview.empty'));
  const page = partOfRoute(view.route);
  const unit = view.code;
  const parts: BriefingPart[] = whole
    ? ['overview', 'league', 'weaknesses', ...(unit ? (['unit'] as const) : [])]
    : page
      ? [page]
      : ['overview'];
  const w = wordsFor(info.lang);
  const briefing = buildBriefing(
    {
      model,
      scope: view.scope,
      level: view.level,
      year,
      settings: readScoringSettings(view.params),
      parts,
      ...(unit ? { unit } : {}),
      // The targets section speaks for the scope: in the whole briefing and on the overview's and league's.
      ...(targets && !unit && (whole || page === 'overview' || page === 'league') ? { extraSections: [targetsSection(targets)] } : {}),
    },
    w,
  );
  const charts = chartsOnScreen();
  const [hash, pngs] = await Promise.all([
    info.datasetRef ? datasetHash(info.datasetRef) : Promise.resolve(''),
    Promise.all(charts.map((c) => chartOnlyPng(c, FIGURE.w, FIGURE.h, FIGURE.ratio))),
  ]);
  const figures: BriefingFigure[] = charts.flatMap((c, i) => {
    const png = pngs[i];
    return png
      ? [
          {
            title: c.title,
            ...(c.meta.definition ? { definition: c.meta.definition } : {}),
            ...(c.meta.sources ? { source: w.t('truth.src.short', { parts: c.meta.sources }) } : {}),
            png,
            width: FIGURE.w * FIGURE.ratio,
            height: FIGURE.h * FIGURE.ratio,
          },
        ]
      : [];
  });
  const bytes = await buildBriefingDocx({
    briefing,
    lang: info.lang,
    t: w.t,
    figures,
    figuresPart: page,
    hash,
    exportedAt: info.exportedAt,
    creator: info.t('app.title'),
  });
  return { bytes, filename: safeFilename([briefing.title, dateStamp(info.exportedAt)], 'docx'), count: figures.length };
}
