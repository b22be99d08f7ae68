/**
 * The one table component, over TanStack Table v8: multi-sort (shift-click), sticky header,
 * pinned leading columns, virtualised rows for national scale, keyboard row navigation
 * (↑/↓/Home/End, Enter opens) and row activation. Columns and data come from the caller.
 */
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type RowData,
  type Row,
  type SortingState,
  type Table,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { usePrintMode } from './usePrintMode.ts';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    align?: 'start' | 'end' | 'center';
    /** Left offset in px for a pinned (sticky) leading column. */
    pinLeft?: number;
    width?: number;
    /** Extra header text for screen readers and exports (unit, direction). */
    description?: string;
  }
}

const VIRTUALISE_ABOVE = 150;

export interface DataTableProps<T> {
  data: T[];
  columns: Array<ColumnDef<T>>;
  sorting: SortingState;
  onSortingChange: (s: SortingState) => void;
  rowId: (row: T) => string;
  onActivate?: (row: T) => void;
  label: string;
  rowHeight?: number;
  /** Height of the scroll area (CSS length). */
  height?: string;
  sortHint: string;
  /** Receives the table instance, e.g. to export exactly the rows and columns on screen. */
  tableRef?: RefObject<Table<T> | null>;
  /** The row under the pointer or keyboard focus (its id), null when it leaves: for a linked map. */
  onHoverRow?: (id: string | null) => void;
  /** A row to show highlighted (a map tile hovered elsewhere). */
  litRowId?: string | null;
}

export function DataTable<T>({
  data,
  columns,
  sorting,
  onSortingChange,
  rowId,
  onActivate,
  label,
  rowHeight = 44,
  height = '70vh',
  sortHint,
  tableRef,
  onHoverRow,
  litRowId = null,
}: DataTableProps<T>) {
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: rowId,
    enableMultiSort: true,
    // React passes its own event object, not a DOM MouseEvent.
    isMultiSortEvent: (e) => typeof e === 'object' && e !== null && 'shiftKey' in e && e.shiftKey === true,
    maxMultiSortColCount: 4,
  });
  // Exports read the table on screen (its sort, its columns) through the ref, after commit.
  useLayoutEffect(() => {
    if (tableRef) tableRef.current = table;
  });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    initialRect: { width: 1200, height: 800 },
  });
  const [focused, setFocused] = useState<number | null>(null);
  const printing = usePrintMode();

  useEffect(() => {
    if (focused === null) return;
    const el = scroller.current?.querySelector<HTMLTableRowElement>(`tr[data-index="${focused}"]`);
    el?.focus({ preventScroll: true });
  });

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const current = focused ?? 0;
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = Math.min(rows.length - 1, current + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = rows.length - 1;
    else if (e.key === 'PageDown') next = Math.min(rows.length - 1, current + 10);
    else if (e.key === 'PageUp') next = Math.max(0, current - 10);
    else if (e.key === 'Enter' && focused !== null) {
      const row = rows[focused];
      if (row && onActivate) onActivate(row.original);
      return;
    }
    if (next === null) return;
    e.preventDefault();
    setFocused(next);
    if (virtual) virtualizer.scrollToIndex(next, { align: 'auto' });
    else scroller.current?.querySelector(`tr[data-index="${next}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  // Small tables render every row (and print whole); large ones only what is in view.
  // Printing renders every row: a league goes on paper whole.
  const virtual = !printing && rows.length > VIRTUALISE_ABOVE;
  const items = virtual ? virtualizer.getVirtualItems() : rows.map((_, index) => ({ index }));
  const first = virtual ? virtualizer.getVirtualItems()[0] : undefined;
  const last = virtual ? virtualizer.getVirtualItems().at(-1) : undefined;
  const padTop = first?.start ?? 0;
  const padBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  const colCount = table.getVisibleLeafColumns().length;
  const activateRef = useRef(onActivate);
  activateRef.current = onActivate;
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const hoverRef = useRef(onHoverRow);
  hoverRef.current = onHoverRow;
  const hoverRow = useCallback((id: string | null) => hoverRef.current?.(id), []);
  const activateIndex = useCallback((i: number) => {
    const row = rowsRef.current[i];
    if (row) activateRef.current?.(row.original);
  }, []);

  return (
    <div className="data-table-scroll" ref={scroller} style={{ maxHeight: height }} data-rows={rows.length}>
      <table className="data-table" aria-label={label} aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => {
                const meta = h.column.columnDef.meta;
                const sorted = h.column.getIsSorted();
                const order = sorting.length > 1 ? h.column.getSortIndex() : -1;
                return (
                  <th
                    key={h.id}
                    scope="col"
                    className={`${meta?.pinLeft !== undefined ? 'pinned' : ''} align-${meta?.align ?? 'start'}`}
                    style={{ left: meta?.pinLeft, minWidth: meta?.width, width: meta?.width }}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    title={meta?.description}
                  >
                    {h.column.getCanSort() ? (
                      <button type="button" className="th-sort" onClick={h.column.getToggleSortingHandler()} title={sortHint}>
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        <span className="sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          {order >= 0 ? <sub>{order + 1}</sub> : null}
                        </span>
                      </button>
                    ) : (
                      flexRender(h.column.columnDef.header, h.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={colCount} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((vi) => {
            const row = rows[vi.index];
            if (!row) return null;
            return (
              <BodyRow
                key={row.id}
                row={row}
                index={vi.index}
                tabbable={(focused ?? 0) === vi.index}
                height={rowHeight}
                columns={columns}
                onFocusIndex={setFocused}
                onActivateIndex={activateIndex}
                lit={row.id === litRowId}
                onHover={hoverRow}
              />
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={colCount} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

interface BodyRowProps {
  row: Row<unknown>;
  index: number;
  tabbable: boolean;
  height: number;
  /** Only to re-render when the columns change. */
  columns: unknown;
  onFocusIndex: (i: number) => void;
  onActivateIndex: (i: number) => void;
  lit: boolean;
  onHover: (id: string | null) => void;
}

/**
 * One body row, memoised: while scrolling, only rows entering the window render; the rows that
 * stay (most of them) are not re-rendered every frame.
 */
const BodyRow = memo(function BodyRow({ row, index, tabbable, height, onFocusIndex, onActivateIndex, lit, onHover }: BodyRowProps) {
  return (
    <tr
      data-index={index}
      data-row-id={row.id}
      aria-rowindex={index + 2}
      tabIndex={tabbable ? 0 : -1}
      className={lit ? 'is-lit' : undefined}
      onMouseEnter={() => onHover(row.id)}
      onMouseLeave={() => onHover(null)}
      onBlur={() => onHover(null)}
      onFocus={() => {
        onFocusIndex(index);
        onHover(row.id);
      }}
      onClick={() => onActivateIndex(index)}
      style={{ height }}
    >
      {row.getVisibleCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        return (
          <td
            key={cell.id}
            className={`${meta?.pinLeft !== undefined ? 'pinned' : ''} align-${meta?.align ?? 'start'}`}
            style={{ left: meta?.pinLeft }}
          >
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        );
      })}
    </tr>
  );
});
