import { createContext, useContext, useSyncExternalStore } from 'react';
import { zh, type MessageKey } from './zh.ts';
import type { LocalizedText } from '../contract/schema.ts';

export type Lang = 'zh' | 'en';
export type { MessageKey };
export type Params = Record<string, string | number | undefined>;

// Chinese is the default and ships with the first screen; English (~13 KB gzip) loads when a
// page asks for it (start.tsx before the first render when the link says lang=en; App on a switch).
const tables: Partial<Record<Lang, Partial<Record<MessageKey, string>>>> = { zh };
/** Chinese strings of screens loaded later (registerZh), the fallback of any language. */
const zhLater: Partial<Record<MessageKey, string>> = {};

/** A later screen's Chinese strings (its module registers them when it loads; English has them all). */
export function registerZh(part: Partial<Record<MessageKey, string>>): void {
  Object.assign(zhLater, part);
}
const loading = new Map<Lang, Promise<void>>();
const listeners = new Set<() => void>();

/** Loads a language's messages once; resolves when `translate` can use them. */
export function loadLang(lang: Lang): Promise<void> {
  if (tables[lang]) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = import('./en.ts').then(({ en }) => {
      tables.en = en;
      for (const l of listeners) l();
    });
    p.catch(() => loading.delete(lang));
    loading.set(lang, p);
  }
  return p;
}

export const langReady = (lang: Lang): boolean => tables[lang] !== undefined;

/** Whether `lang`'s messages are here, starting their load if not (re-renders when they arrive). */
export function useLangReady(lang: Lang): boolean {
  const ready = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => langReady(lang),
    () => langReady(lang),
  );
  if (!ready) void loadLang(lang).catch(() => undefined);
  return ready;
}

/** A message in `lang` (in Chinese until that language has loaded: never a blank). */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return fillParams(tables[lang]?.[key] ?? tables.zh?.[key] ?? zhLater[key] ?? key, params);
}

/** A message with its {name} placeholders filled (also for the lazily loaded tables). */
export function fillParams(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return value === undefined ? '' : String(value);
  });
}

export function localized(text: LocalizedText | undefined, lang: Lang): string {
  return text ? text[lang] : '';
}

const unitsEn: Record<string, string> = {
  件: 'cases',
  次: 'times',
  场: 'events',
  户: 'entities',
  家: 'entities',
  所: 'entities',
  元: 'yuan',
  人: 'people',
  人次: 'person-times',
  份: 'copies',
  篇: 'posts',
  条: 'messages',
  项: 'items',
  起: 'cases',
  支: 'teams',
};

const singularEn: Record<string, string> = { people: 'person', 'person-times': 'person-time', copies: 'copy', entities: 'entity' };

/** The unit as shown: 件 in Chinese, a word in English ("1 case", "2 cases"); '%' is attached to the number. */
export function unitLabel(unit: string, lang: Lang, count?: number): string {
  if (unit === '%') return '%';
  if (lang === 'zh') return unit;
  const plural = unitsEn[unit] ?? unit;
  if (count !== 1) return plural;
  return singularEn[plural] ?? plural.replace(/s$/, '');
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, digits).format(value);
}

export interface FormatOptions {
  approx?: boolean;
  /** Show 元 amounts of 10,000 or more in 万元 (zh) — as the reports do. */
  compactYuan?: boolean;
}

/** A value's number and unit, apart (the wall screen sets them in different sizes). */
export function splitValue(
  value: number,
  unit: string,
  lang: Lang,
  opts: FormatOptions = {},
): { prefix: string; num: string; unit: string } {
  const prefix = opts.approx ? translate(lang, 'value.approx') : '';
  if (unit === '%') return { prefix, num: formatNumber(value, lang, 1), unit: '%' };
  if (unit === '元' && opts.compactYuan && value >= 10000 && lang === 'zh') {
    return { prefix, num: formatNumber(value / 10000, lang, 2), unit: translate(lang, 'unit.yuan.wan') };
  }
  return { prefix, num: formatNumber(value, lang, unit === '元' ? 0 : 1), unit: unitLabel(unit, lang, value) };
}

/** A value with its unit, as a reader of the reports expects: 53,364 元, 18.25 万元, 100%, 约1,000 份. */
export function formatValue(value: number | null | undefined, unit: string, lang: Lang, opts: FormatOptions = {}): string {
  if (value === null || value === undefined) return translate(lang, 'value.missing');
  const p = splitValue(value, unit, lang, opts);
  return `${p.prefix}${p.num}${p.unit === '%' ? '%' : p.unit ? ` ${p.unit}` : ''}`;
}

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  l: (text: LocalizedText | undefined) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    l: (text) => localized(text, lang),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('zh'));
export const useI18n = (): I18n => useContext(I18nContext);
