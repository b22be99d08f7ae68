/**
 * A report the region table placed at a unit the dataset lacks: where it is from, and one click to
 * add it with whichever of its city and province are missing. Another province is flagged first.
 */
import '../../i18n/importText.ts'; // this screen's Chinese strings (not in the first screen's JS)
import type { Dispatch } from 'react';
import type { Dataset } from '../../contract/schema.ts';
import { useDatasetsManagerText } from '../../i18n/datasetsManagerText.ts';
import type { ReviewAction } from './review.ts';
import type { ReviewItem } from './types.ts';

export function PlacementOffer({
  item,
  dataset,
  dispatch,
}: {
  item: ReviewItem;
  dataset: Dataset | null;
  dispatch: Dispatch<ReviewAction>;
}) {
  const t = useDatasetsManagerText();
  const p = item.placement;
  const self = p?.chain[0];
  const have = new Set((dataset?.units ?? []).map((u) => u.code));
  if (item.unitCode === '' && !p && item.candidates?.length) return <Candidates item={item} have={have} dispatch={dispatch} />;
  if (!p || !self || item.unitCode !== '') return null;
  const chain = [...p.chain]
    .reverse()
    .map((r) => r.name)
    .join(' ');
  const missing = [...p.chain]
    .reverse()
    .filter((r) => !have.has(r.code))
    .map((r) => r.name)
    .join('、');
  return (
    <div
      className={p.otherProvince ? 'placement placement-other' : 'placement'}
      data-testid="placement"
      data-other-province={p.otherProvince}
    >
      <span className={p.otherProvince ? 'note-warn' : 'note-info'}>
        {t(p.otherProvince ? 'import.review.placedOther' : 'import.review.placed', { chain, code: self.code })}
      </span>
      <button
        type="button"
        className={p.otherProvince ? 'btn ghost' : 'btn'}
        disabled={Boolean(item.addedAt)}
        onClick={() => dispatch({ type: 'setUnit', item: item.id, code: self.code, name: self.name })}
        data-testid="placement-add"
      >
        {t(p.otherProvince ? 'import.review.placeAddOther' : 'import.review.placeAdd', { units: missing })}
      </button>
    </div>
  );
}

/** A name GB/T 2260 has more than once (南山区) and a text that says nothing more: each place, one click. */
function Candidates({ item, have, dispatch }: { item: ReviewItem; have: ReadonlySet<string>; dispatch: Dispatch<ReviewAction> }) {
  const t = useDatasetsManagerText();
  const list = item.candidates ?? [];
  return (
    <div className="placement" data-testid="placement-candidates">
      <span className="note-warn">
        {t('import.review.ambiguous', { name: item.unitName || item.detected?.region || '', n: list.length })}
      </span>
      {list.map((c) => {
        const self = c.chain[0];
        if (!self) return null;
        const chain = [...c.chain]
          .reverse()
          .map((r) => r.name)
          .join(' ');
        return (
          <button
            key={self.code}
            type="button"
            className={have.has(self.code) ? 'btn' : 'btn ghost'}
            disabled={Boolean(item.addedAt)}
            onClick={() => dispatch({ type: 'setUnit', item: item.id, code: self.code, name: self.name })}
            data-testid="placement-candidate"
            data-code={self.code}
          >
            {t(have.has(self.code) ? 'import.review.candidateHave' : 'import.review.candidate', { chain, code: self.code })}
          </button>
        );
      })}
    </div>
  );
}
