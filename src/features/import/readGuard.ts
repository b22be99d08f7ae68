/**
 * A file being read is written down first (localStorage, with a heartbeat), and crossed off when
 * its reading ends. A mark still there when the import screen opens again, and no longer beating,
 * is a reading the page never finished: the tab crashed or was closed. The screen says so, and the
 * same file (name, size, date) is not read again, so the user is not led to retry into the same
 * crash. Best effort: without localStorage nothing is kept, and nothing else changes.
 */

interface Mark {
  name: string;
  size: number;
  modified: number;
  /** The mark's last heartbeat (ms since epoch). */
  at: number;
}

const PREFIX = 'fazhi-import-reading-v1:';
const INTERRUPTED = 'fazhi-import-interrupted-v1';
const BEAT_MS = 3000;
/** A mark not beaten for this long belongs to a page that is gone. */
const STALE_MS = 15000;
/** How long an interrupted file stays refused. */
const KEEP_MS = 7 * 24 * 3600 * 1000;

const tab = Math.random().toString(36).slice(2);

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function parse(raw: string | null): Mark | null {
  try {
    const m: unknown = raw === null ? null : JSON.parse(raw);
    if (typeof m !== 'object' || m === null) return null;
    if (!('name' in m) || !('size' in m) || !('modified' in m) || !('at' in m)) return null;
    const { name, size, modified, at } = m;
    return typeof name === 'string' && typeof size === 'number' && typeof modified === 'number' && typeof at === 'number'
      ? { name, size, modified, at }
      : null;
  } catch {
    return null;
  }
}

const same = (a: Pick<Mark, 'name' | 'size' | 'modified'>, file: File): boolean =>
  a.name === file.name && a.size === file.size && a.modified === file.lastModified;

function interruptedList(s: Storage): Mark[] {
  try {
    const list: unknown = JSON.parse(s.getItem(INTERRUPTED) ?? '[]');
    return Array.isArray(list) ? list.map((x) => parse(JSON.stringify(x))).filter((x): x is Mark => x !== null) : [];
  } catch {
    return [];
  }
}

/** Marks `file` as being read; call the returned function when the reading ends, however it ends. */
export function startReading(file: File): () => void {
  const s = store();
  if (!s) return () => undefined;
  const key = `${PREFIX}${tab}`;
  const write = () => {
    try {
      s.setItem(key, JSON.stringify({ name: file.name, size: file.size, modified: file.lastModified, at: Date.now() }));
    } catch {
      /* storage full or refused */
    }
  };
  write();
  const beat = setInterval(write, BEAT_MS);
  return () => {
    clearInterval(beat);
    try {
      s.removeItem(key);
    } catch {
      /* nothing to clear */
    }
  };
}

/** Readings a page never finished (found once, when the import screen opens), newest first. */
export function takeInterrupted(now = Date.now()): Mark[] {
  const s = store();
  if (!s) return [];
  const found: Mark[] = [];
  try {
    for (let i = s.length - 1; i >= 0; i--) {
      const key = s.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const mark = parse(s.getItem(key));
      if (mark && now - mark.at < STALE_MS) continue; // another tab is reading it now
      s.removeItem(key);
      if (mark) found.push(mark);
    }
    if (found.length) {
      const kept = interruptedList(s).filter((m) => now - m.at < KEEP_MS);
      s.setItem(INTERRUPTED, JSON.stringify([...found, ...kept].slice(0, 20)));
    }
  } catch {
    return found;
  }
  return found;
}

/** Whether reading `file` once stopped the page before it finished. */
export function interruptedBefore(file: File, now = Date.now()): boolean {
  const s = store();
  return s !== null && interruptedList(s).some((m) => same(m, file) && now - m.at < KEEP_MS);
}
