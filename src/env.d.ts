/** The build's default embedded dataset file (public/data/index.json), for the entry's first request. */
declare const __DEFAULT_DATASET__: string | null;
