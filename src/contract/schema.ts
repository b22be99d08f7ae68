/**
 * The data contract, version 1 (minor 1.1 adds `targets`, 1.2 a record's `extent`). This is the one runtime schema: types are inferred from it,
 * and the build publishes it as JSON Schema (public/schema/dataset.v1.schema.json).
 *
 * Compactness: a record's `values` is aligned with the dataset's `indicators` array
 * (values[i] is indicators[i]), `null` meaning "not reported". Everything else on a record is
 * sparse. 2,900 units × 5 years × 45 indicators stays a few MB.
 */
import * as v from 'valibot';

/** The major version: the published schema's file name (dataset.v1) and what writers without targets emit. */
export const SCHEMA_VERSION = 1;
/**
 * Versions read. A minor version only adds optional fields, so every 1 dataset is a valid 1.1
 * dataset; a dataset that uses a 1.1 field (targets) says 1.1, so a reader that only knows 1
 * refuses it instead of silently dropping the targets.
 */
export const SCHEMA_VERSIONS = [1, 1.1, 1.2] as const;
export const SCHEMA_VERSION_TARGETS = 1.1;
export const SCHEMA_VERSION_EXTENT = 1.2;

const code = v.pipe(v.string(), v.regex(/^\d{6}$/, 'a 6-digit GB/T 2260 code'));
const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, 'a snake_case id'));
const nonEmpty = v.pipe(v.string(), v.minLength(1));
const count = v.pipe(v.number(), v.finite());
const year = v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100));
const isoDate = v.pipe(v.string(), v.isoDate());

export const LocalizedTextSchema = v.object({ zh: nonEmpty, en: nonEmpty });

export const levels = ['province', 'city', 'district', 'county', 'county_city'] as const;
export const LevelSchema = v.picklist(levels);

export const IndicatorSchema = v.object({
  id,
  group: v.picklist(['inspections', 'penalties', 'complaints', 'training', 'publicity', 'services']),
  /** Display unit as the reports write it: 件, 次, 户, 家, 元, %, 人次 … A '%' indicator is a rate (0–100). */
  unit: nonEmpty,
  /** up: more is better; down: less is better; context: shown, never scored. */
  direction: v.picklist(['up', 'down', 'context']),
  label: LocalizedTextSchema,
  /** 统计口径: how the figure is counted. */
  definition: v.optional(LocalizedTextSchema),
});

export const WeaknessCategorySchema = v.object({
  id,
  label: LocalizedTextSchema,
  description: v.optional(LocalizedTextSchema),
});

export const UnitSchema = v.object({
  code,
  name: nonEmpty,
  nameEn: v.optional(nonEmpty),
  level: LevelSchema,
  /** The code of the unit above (a city's province, a county's city); null for a top unit. */
  parent: v.nullable(code),
  /**
   * The code is the dataset's own, not one of GB/T 2260 (a 新区 or a unit without a code of its
   * own): the import screen does not warn that the table does not know it.
   */
  ownCode: v.optional(v.boolean()),
  /** Size figures for fair comparison, where known. Per-year indicator values take precedence. */
  population: v.optional(count),
  officers: v.optional(count),
  entities: v.optional(count),
});

/** Where a figure or a weakness comes from: the document and its exact words. */
export const EvidenceSchema = v.object({
  /** An indicator id of the catalogue, or `other:<name>` for a figure outside it. */
  indicator: v.optional(nonEmpty),
  domain: v.optional(id),
  scope: v.optional(id),
  weakness: v.optional(id),
  doc: nonEmpty,
  quote: nonEmpty,
  value: v.optional(count),
  /** The unit as the quote writes it (场, 次, 家 …). */
  unit: v.optional(v.string()),
  approx: v.optional(v.boolean()),
  /** The record's value was derived from this and sibling quotes (e.g. a sum of parts). */
  derived: v.optional(v.picklist(['sum_of_scopes'])),
  /**
   * A further figure the report states under this indicator that is not the record's value (专题宣讲
   * 5场 beside 活动 22 场 in all): shown marked as such, never compared with the value.
   */
  separate: v.optional(v.boolean()),
});

/** The kinds of text the report reader recognises (法治政府建设报告, 政府信息公开年报, …). */
export const DocumentKindSchema = v.picklist(['annual_report', 'supervision_summary', 'enforcement_report', 'disclosure_report', 'news']);

export const DocumentSchema = v.object({
  id: nonEmpty,
  title: nonEmpty,
  unit: v.optional(code),
  year: v.optional(year),
  docNumber: v.optional(v.string()),
  date: v.optional(v.string()),
  url: v.optional(v.string()),
  /**
   * Whether the document (and every quote from it) is generated. Absent: as the dataset's
   * meta.synthetic. A real report imported into the synthetic demo says false.
   */
  synthetic: v.optional(v.boolean()),
  /**
   * SHA-256 (hex) of the document's normalised text (a template: of its filled cells), so the
   * same document added again, in another format or under another name, is recognised.
   */
  contentHash: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a hex SHA-256'))),
  /** What the text is, as the reader recognised it (optional; older datasets have none). */
  kind: v.optional(DocumentKindSchema),
  /** Who issued it, where the reader could tell: the commission, its enforcement arm, or a whole government. */
  issuer: v.optional(v.picklist(['commission', 'enforcement_arm', 'government'])),
  /**
   * Figures and weaknesses of a document no record holds yet (its unit or year could not be
   * placed), each with its quote: kept with the document, awaiting a unit, never dropped.
   */
  awaiting: v.optional(v.array(EvidenceSchema)),
});

/*
 * Records are the bulk of a national dataset (15,900 of them), so their ids are plain strings
 * here: whether each names a known indicator, domain or weakness is checked once, with its
 * path, by checkDataset (validate.ts). That keeps parse-and-validate within budget.
 */
const ref = v.string();

/**
 * Whose figures a record holds (since 1.2), for a unit with units under it: `own` (本级: the
 * commission's own work, added to its units' figures for the area) or `area` (全市/全区/全县: the
 * whole area, its units' figures included, so never added to theirs). Absent: own, as versions 1
 * and 1.1 were summed. For a unit with no units under it both mean the same.
 */
export const extents = ['own', 'area'] as const;
export const ExtentSchema = v.picklist(extents);

export const RecordSchema = v.object({
  unit: code,
  year,
  extent: v.optional(ExtentSchema),
  values: v.array(v.nullable(v.number())),
  /** Indicator ids whose value is approximate (近千, 百余, 5万余). */
  approx: v.optional(v.array(ref)),
  /** Breakdown by domain: { penalty_cases: { medical: 51, public_places: 8 } }. Parts, not added to the total. */
  domains: v.optional(v.record(ref, v.record(ref, v.number()))),
  /** Parts of the double-random work: { random_tasks_assigned: { national: 82, provincial: 17 } }. */
  scopes: v.optional(v.record(ref, v.record(ref, v.number()))),
  /** Weakness category ids the unit reported that year. */
  weaknesses: v.optional(v.array(ref)),
  evidence: v.optional(v.array(EvidenceSchema)),
});

/** ≥, ≤ or =, written in ASCII so a hand-written file can type them. */
export const comparisons = ['>=', '<=', '='] as const;
export const ComparisonSchema = v.picklist(comparisons);

/**
 * A required level for an indicator (since 1.1), set by a rule or the office's annual
 * assessment (考核). Optional level and year narrow it; the most specific target applies
 * (see domain/targets.ts). A county target also applies to county-level cities.
 */
export const TargetSchema = v.object({
  indicator: id,
  comparison: ComparisonSchema,
  value: count,
  level: v.optional(LevelSchema),
  year: v.optional(year),
  /** The rule or assessment document that sets it. */
  source: LocalizedTextSchema,
  /** The requirement in words (双随机抽查任务完成率应达到100%). */
  label: v.optional(LocalizedTextSchema),
  /** Generated (the demo's targets). Absent: as the dataset's meta.synthetic. */
  synthetic: v.optional(v.boolean()),
});

export const DatasetMetaSchema = v.object({
  id: nonEmpty,
  name: LocalizedTextSchema,
  /** True for generated data: the UI labels it 演示数据 wherever it is shown. */
  synthetic: v.boolean(),
  /** Data as of (YYYY-MM-DD). */
  asOf: isoDate,
  description: v.optional(LocalizedTextSchema),
  source: v.optional(LocalizedTextSchema),
});

export const DatasetSchema = v.object({
  schemaVersion: v.picklist(SCHEMA_VERSIONS),
  meta: DatasetMetaSchema,
  indicators: v.array(IndicatorSchema),
  weaknessCategories: v.array(WeaknessCategorySchema),
  documents: v.optional(v.array(DocumentSchema)),
  units: v.array(UnitSchema),
  records: v.array(RecordSchema),
  /** Since 1.1: required levels, checked against the catalogue by checkTargets. */
  targets: v.optional(v.array(TargetSchema)),
});

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Level = v.InferOutput<typeof LevelSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type WeaknessCategory = v.InferOutput<typeof WeaknessCategorySchema>;
export type Unit = v.InferOutput<typeof UnitSchema>;
export type SourceDocument = v.InferOutput<typeof DocumentSchema>;
export type DocumentKind = v.InferOutput<typeof DocumentKindSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type UnitYearRecord = v.InferOutput<typeof RecordSchema>;
export type Extent = v.InferOutput<typeof ExtentSchema>;
export type DatasetMeta = v.InferOutput<typeof DatasetMetaSchema>;
export type Comparison = v.InferOutput<typeof ComparisonSchema>;
export type Target = v.InferOutput<typeof TargetSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
