import { domains, randomScopes, type Domain, type RandomScope } from '../domain/catalogue.ts';
import type { I18n } from './index.ts';

const isDomain = (d: string): d is Domain => (domains as readonly string[]).includes(d);
const isScope = (s: string): s is RandomScope => (randomScopes as readonly string[]).includes(s);

/** A breakdown domain's name; an id the catalogue does not know is shown as given. */
export const domainLabel = (t: I18n['t'], d: string): string => (isDomain(d) ? t(`domain.${d}`) : d);
export const scopeLabel = (t: I18n['t'], s: string): string => (isScope(s) ? t(`scope.${s}`) : s);
