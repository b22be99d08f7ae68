/**
 * Checks a large dataset's text off the page's thread (decodeOffThread.ts sends it). One request,
 * one answer: see checkText.
 */
import { checkText, type DecodeRequest } from './decodeCheck.ts';

self.onmessage = (e: MessageEvent<DecodeRequest>) => {
  void checkText(e.data).then((answer) => {
    self.postMessage(answer);
  });
};
