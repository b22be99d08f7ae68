/**
 * The deployment's own boundary map (config.json `boundaryMap`), fetched once when a map first
 * asks for it and read by domain/geo/boundaries.ts. None configured: nothing is fetched and the
 * tile map is the only map. A file that cannot be used says why; the tile map stays.
 */
import { useQuery } from '@tanstack/react-query';
import type { Boundaries, BoundaryProblem } from '../domain/geo/boundaries.ts';
import type { DeploymentConfig } from './config.ts';
import { useDatasetContext } from './DatasetProvider.tsx';
import { resolveDataUrl } from './sources.ts';

export type BoundaryFailure =
  | { kind: 'origin'; origin: string }
  | { kind: 'http'; status: number }
  | { kind: 'network'; detail: string }
  | { kind: 'json'; detail: string }
  | { kind: 'file'; problems: BoundaryProblem[] }
  /** The program failed reading the file: said as such, never as a network failure. */
  | { kind: 'internal'; detail: string };

export class BoundaryLoadError extends Error {
  readonly failure: BoundaryFailure;
  constructor(failure: BoundaryFailure) {
    super(failure.kind);
    this.name = 'BoundaryLoadError';
    this.failure = failure;
  }
}

export interface LoadedBoundaries extends Boundaries {
  url: string;
  approval: string | null;
  /** Features of the file that could not be used, with why. */
  skipped: BoundaryProblem[];
}

export async function fetchBoundaries(
  spec: NonNullable<DeploymentConfig['boundaryMap']>,
  allowedOrigins: readonly string[],
  pageUrl: string,
): Promise<LoadedBoundaries> {
  const where = resolveDataUrl(spec.url, pageUrl, allowedOrigins);
  if (!where.ok) throw new BoundaryLoadError({ kind: 'origin', origin: where.origin });
  let res: Response;
  try {
    res = await fetch(where.url, { headers: { Accept: 'application/geo+json, application/json' } });
  } catch (err) {
    throw new BoundaryLoadError({ kind: 'network', detail: err instanceof Error ? err.message : String(err) });
  }
  if (!res.ok) throw new BoundaryLoadError({ kind: 'http', status: res.status });
  let json: unknown;
  try {
    json = JSON.parse(await res.text());
  } catch (err) {
    throw new BoundaryLoadError({ kind: 'json', detail: err instanceof Error ? err.message : String(err) });
  }
  // The reader loads with the file: nobody who never picks 区划图 downloads it.
  const { parseBoundaries } = await import('../domain/geo/boundaries.ts');
  let read: ReturnType<typeof parseBoundaries>;
  try {
    read = parseBoundaries(json, spec.codeProperty);
  } catch (err) {
    throw new BoundaryLoadError({ kind: 'internal', detail: err instanceof Error ? err.message : String(err) });
  }
  if (!read.ok) throw new BoundaryLoadError({ kind: 'file', problems: read.problems });
  return { ...read.value, url: where.url, approval: spec.approval ?? null, skipped: read.skipped };
}

export interface BoundaryState {
  /** Whether the deployment names a boundary map at all. */
  configured: boolean;
  boundaries: LoadedBoundaries | null;
  error: BoundaryLoadError | null;
  loading: boolean;
}

/** The configured boundary map; `wanted` false (tile map shown) asks for nothing yet. */
export function useBoundaries(wanted: boolean): BoundaryState {
  const { config } = useDatasetContext();
  const spec = config?.boundaryMap;
  const q = useQuery({
    queryKey: ['boundaries', spec?.url ?? '', spec?.codeProperty ?? ''] as const,
    queryFn: () => {
      if (!spec) throw new Error('no boundary map configured');
      return fetchBoundaries(spec, config.allowedDataOrigins, window.location.href);
    },
    enabled: wanted && spec !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    // Only the network may answer differently next time.
    retry: (n, err) => err instanceof BoundaryLoadError && err.failure.kind === 'network' && n < 2,
  });
  return {
    configured: spec !== undefined,
    boundaries: q.data ?? null,
    error:
      q.error instanceof BoundaryLoadError
        ? q.error
        : q.error
          ? new BoundaryLoadError({ kind: 'internal', detail: q.error.message })
          : null,
    loading: q.isFetching && !q.data,
  };
}
