/**
 * The layout the first screen is prerendered for. `main` is 1760 px at most (src/styles.css), so
 * every window at least MIN_WIDTH wide (1920×1080, 2560×1440, 4K) lays the overview out alike;
 * MIN_WIDTH leaves room for a classic scrollbar (17 px on Windows).
 */
export const MIN_WIDTH = 1780;

/** Chart widths at that layout: main 1760 − 2 × 24 padding − the panel's 2 × 16 padding and 2 × 1 border. */
export const CHART_WIDTHS: Record<string, number> = { 'overview-map': 1678 };

/** The prerendered markup's container id (and the prefix of its generated class names). */
export const SCOPE = 'first-screen';
