import type { zhImportMerge } from './zh.importMerge.ts';

export const enImportMerge: Record<keyof typeof zhImportMerge, string> = {
  'import.target': 'Importing into: {name}',
  'import.target.demo':
    'This is the demo dataset (synthetic figures). Reports and templates imported here go into a copy of it, mixed with the demo figures, and its template lists the demo’s units. To collect your own unit’s or region’s real figures, first create a new dataset (a province, city or county), then download its template.',
  'import.target.copy':
    'This is a built-in dataset: imported figures go into a copy of it (kept in this browser); the built-in dataset itself does not change.',
  'import.target.new': 'New dataset…',
  'import.tpl.for': 'The template is made for “{name}”.',
  'import.codes.unknown':
    'The current dataset has {n} unit codes the GB/T 2260 table ({source}) does not know: {list}. Check the codes; a unit that really has a code of its own (a 新区 without one, say) stops being flagged once the dataset gives it "ownCode": true.',
  'import.review.unknownCode':
    'Code {code} ({name}) is not in the GB/T 2260 table: check it; a unit that really has a code of its own can be marked ownCode in the dataset.',
  'import.merge.fig.new': 'new',
  'import.merge.fig.confirmed': 'matches the dataset',
  'import.merge.fig.conflict': 'differs from the dataset',
  'import.merge.fig.kept': 'keeping {value}',
  'import.merge.summary':
    'Would add: {created} new, {confirmed} confirmed (same value as the dataset, source added), {conflicts} in conflict.',
  'import.merge.documents': 'Files with no figure to add, kept as documents of their unit and year: {n}.',
  'import.merge.button': 'Add to the current dataset (files {items}: new {created}, confirmed {confirmed}, in conflict {conflicts})',
  'import.merge.unresolved': 'Conflicts still needing a choice: {n}. Choose above which value to keep in each; then you can add.',
  'import.merge.conflicts.title': 'Different from figures the dataset has ({n})',
  'import.merge.conflicts.help':
    'For the same unit, year and indicator the sources give different values. Choose which to keep: the value kept goes in with its sources; the others do not, but the version made by this add records them. Indicators no source mentions keep their values and sources.',
  'import.merge.conflict.head': '{unit} · {year} · {indicator}',
  'import.merge.keepAllIncoming': 'Keep the values to be added, all of them',
  'import.merge.keepAllExisting': 'Keep the dataset’s values, all of them',
  'import.merge.keep': 'Keep {value}',
  'import.merge.src.dataset': 'In the dataset',
  'import.merge.src.datasetNoQuote': 'In the dataset (no quote)',
  'import.merge.src.item': 'To add: {file}',
  'import.merge.ok':
    'Added files: {items}. New figures {created}, confirmed {confirmed}, conflicts decided as you chose {conflicts}; kept as documents only {documents}. “{name}” is saved in this browser; this add is a version you can inspect or undo under Datasets… → Versions.',
  'import.merge.changed':
    'Another tab has just changed this dataset; adding now would meet new conflicts ({n}). Nothing was added: choose above, then add.',
  'import.merge.newIndicators':
    "The current dataset's catalogue lacks {n} indicators ({names}): adding brings them in from the default catalogue; existing records show them as not reported (not 0).",
  'import.merge.pruned':
    'To stay within the version budget (at most {limit} versions, {mb} MB in all, per dataset) the oldest versions were deleted ({n}).',
  'import.merge.adding': 'Adding…',
  'import.review.status.duplicate': 'Duplicate',
  'import.review.status.document': 'Document only',
  'import.review.duplicate':
    'This file has the same content as “{of}” (compared by text, whatever the name or format); it will not be added twice. You can remove it.',
  'import.review.documentOnly':
    'No accepted figure: it is kept as a document of {unit} {year} (with any accepted weaknesses), a record that the report was read.',
  'import.review.otherTab': 'Another tab has just changed the review of this file; what you see is the latest.',
};
