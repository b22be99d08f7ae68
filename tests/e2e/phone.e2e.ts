/**
 * A leader opens a shared link on a phone, 390×844 (dpr 3, touch), in Chinese and English, light
 * and dark. On every screen: no sideways page scroll, no text cut off, touch targets of 44 px, a
 * clean console, the wall screen letterboxed; axe-core finds no serious or critical issue (WCAG 2.2
 * AA, target size included). Screenshots: tests/e2e/artifacts/phone-390-*.png. 360×800 is
 * phone-360.e2e.ts; what a thumb does is phone-touch.e2e.ts.
 *
 * axe-core takes 1–8 s a screen here (~25 s a combination): it runs on zh-light and en-dark, which
 * cover both languages (names, labels) and both themes (contrast); the checks that depend on the
 * width run on every combination and both widths.
 */
import { appUnderTest } from './browser.ts';
import { phoneScreenTests } from './phone-screens.ts';

const app = appUnderTest();
phoneScreenTests(app, { name: '390', width: 390, height: 844 }, new Set(['zh-light', 'en-dark']));
