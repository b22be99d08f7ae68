/** The review state with its reducer, loaded from and saved to IndexedDB. */
import { useEffect, useReducer, useRef, useState, type Dispatch } from 'react';
import { reviewReducer, type ReviewAction } from './review.ts';
import { loadReview, saveReview } from './reviewStore.ts';
import { emptyReview, type ReviewState } from './types.ts';

export function useReview(): { state: ReviewState; dispatch: Dispatch<ReviewAction>; loaded: boolean } {
  const [state, dispatch] = useReducer(reviewReducer, undefined, emptyReview);
  const [loaded, setLoaded] = useState(false);
  const skipSave = useRef(true);

  useEffect(() => {
    let live = true;
    void loadReview().then((stored) => {
      if (!live) return;
      if (stored) dispatch({ type: 'load', state: stored });
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!loaded) return;
    // The first state after loading is what was stored: no need to write it back.
    if (skipSave.current) {
      skipSave.current = false;
      return;
    }
    void saveReview(state);
  }, [state, loaded]);

  return { state, dispatch, loaded };
}
