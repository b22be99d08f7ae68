/**
 * A screen asks the header's dataset manager to open on 新建数据集 (the import screen does, when the
 * dataset on screen is the demo): a window event, so no screen imports the manager.
 */
import { useEffect } from 'react';

const EVENT = 'fazhi:new-dataset';

export function requestNewDataset(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function useNewDatasetRequest(open: () => void): void {
  useEffect(() => {
    window.addEventListener(EVENT, open);
    return () => window.removeEventListener(EVENT, open);
  }, [open]);
}
