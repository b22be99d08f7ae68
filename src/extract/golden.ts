/**
 * The shape of ../shared/golden/*.json: figures and weaknesses hand-extracted from the seed
 * reports with their exact quotes. Read by the seeds dataset builder and by the extractor's eval.
 */
import * as v from 'valibot';

const GoldenFigureSchema = v.object({
  indicator: v.string(),
  value: v.number(),
  unit: v.string(),
  approx: v.boolean(),
  quote: v.string(),
  domain: v.optional(v.string()),
  scope: v.optional(v.string()),
});

export const GoldenSchema = v.object({
  file: v.string(),
  unit: v.string(),
  region: v.string(),
  parentRegion: v.string(),
  province: v.string(),
  level: v.string(),
  year: v.number(),
  docNumber: v.nullable(v.string()),
  reportDate: v.nullable(v.string()),
  figures: v.array(GoldenFigureSchema),
  weaknesses: v.array(v.object({ category: v.string(), quote: v.string() })),
});

export type Golden = v.InferOutput<typeof GoldenSchema>;
export type GoldenFigure = v.InferOutput<typeof GoldenFigureSchema>;
