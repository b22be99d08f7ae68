/**
 * The narrowest common phone, 360×800 (dpr 3, touch), zh/en, light/dark: every screen without
 * sideways scroll, clipped text or targets under 44 px (axe-core runs at 390×844, phone.e2e.ts).
 */
import { appUnderTest } from './browser.ts';
import { phoneScreenTests } from './phone-screens.ts';

const app = appUnderTest();
phoneScreenTests(app, { name: '360', width: 360, height: 800 }, new Set());
