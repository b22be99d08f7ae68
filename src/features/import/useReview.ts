/**
 * The review state with its reducer, loaded from IndexedDB and saved entry by entry; another
 * tab's changes to the review are read back as they happen (reviewStore.ts), and `otherTab` names
 * the item another tab just changed while this tab shows it.
 */
import { useEffect, useReducer, useRef, useState, type Dispatch } from 'react';
import { reviewReducer, type ReviewAction } from './review.ts';
import { loadReview, readEntries, REVIEW_CHANNEL, saveReviewChanges } from './reviewStore.ts';
import { applyEntries, itemOfKey } from './reviewSync.ts';
import { emptyReview, type ReviewState } from './types.ts';
import { useLatest } from '../../ui/useLatest.ts';

const tab = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

interface ChangeMessage {
  from: string;
  keys: string[];
}

const isMessage = (x: unknown): x is ChangeMessage =>
  typeof x === 'object' && x !== null && 'from' in x && typeof x.from === 'string' && 'keys' in x && Array.isArray(x.keys);

export function useReview(): { state: ReviewState; dispatch: Dispatch<ReviewAction>; loaded: boolean; otherTab: string | null } {
  const [state, dispatch] = useReducer(reviewReducer, undefined, emptyReview);
  const [loaded, setLoaded] = useState(false);
  const [otherTab, setOtherTab] = useState<string | null>(null);
  // What storage holds, as far as this tab knows: a save writes only what differs from it.
  const synced = useRef<ReviewState>(emptyReview());
  const selected = useLatest(state.selected);

  useEffect(() => {
    let live = true;
    void loadReview().then((stored) => {
      if (!live) return;
      if (stored) {
        synced.current = stored;
        dispatch({ type: 'load', state: stored });
      }
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!loaded || state === synced.current) return;
    const prev = synced.current;
    synced.current = state;
    void saveReviewChanges(prev, state).then((written) => {
      if (written.length === 0 || typeof BroadcastChannel === 'undefined') return;
      const ch = new BroadcastChannel(REVIEW_CHANNEL);
      ch.postMessage({ from: tab, keys: written } satisfies ChangeMessage);
      ch.close();
    });
  }, [state, loaded]);

  useEffect(() => {
    if (!loaded || typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(REVIEW_CHANNEL);
    ch.onmessage = (e: MessageEvent) => {
      const msg: unknown = e.data;
      if (!isMessage(msg) || msg.from === tab) return;
      void readEntries(msg.keys.filter((k): k is string => typeof k === 'string')).then((entries) => {
        synced.current = applyEntries(synced.current, entries);
        dispatch({ type: 'external', entries });
        const shown = selected.current;
        if (shown !== null && [...entries.keys()].some((k) => itemOfKey(k) === shown)) setOtherTab(shown);
      });
    };
    return () => ch.close();
  }, [loaded, selected]);

  return { state, dispatch, loaded, otherTab };
}
