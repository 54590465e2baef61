import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { styled } from 'styled-components';
import { errorMessage } from '../api/client';
import type { Pagination } from '../api/types';

interface Page<Row> {
  data: Row[];
  pagination: Pagination;
}

/**
 * One page of a list the Newsroom page shows, read again 150 ms after its query last changed (so
 * typing in a search box asks once) and whenever `reload` changes; an older answer arriving late
 * never replaces a newer one. `rows` is null until the first answer.
 */
export const usePagedRows = <Query, Row>(load: (query: Query) => Promise<Page<Row>>, query: Query, reload = 0) => {
  const { toggleNotification } = useNotification();
  const [page, setPage] = React.useState<Page<Row> | null>(null);
  // The query's content, not its identity, decides when to read again.
  const key = JSON.stringify(query);
  const latest = React.useRef({ load, query });
  latest.current = { load, query };

  React.useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      latest.current
        .load(latest.current.query)
        .then((result) => {
          if (current) setPage(result);
        })
        .catch((error) => toggleNotification({ type: 'danger', message: errorMessage(error) }));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, reload, toggleNotification]);

  return { rows: page?.data ?? null, pagination: page?.pagination ?? null };
};

/** A list table: its column headings, a line saying the list is empty, and the rows; text wraps to fit the page. */
export const ListTable = ({
  headings,
  rowCount,
  emptyText,
  children,
}: {
  headings: string[];
  /** Rows shown; null while the first page loads. */
  rowCount: number | null;
  /** Shown when there is no row; a table shown only with rows leaves it out. */
  emptyText?: string;
  children: React.ReactNode;
}) => (
  <WrappingTable colCount={headings.length} rowCount={(rowCount ?? 0) + 1}>
    <Thead>
      <Tr>
        {headings.map((heading) => (
          <Th key={heading}>
            <Typography variant="sigma">{heading}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
    <Tbody>
      {rowCount === 0 && emptyText && (
        <Tr>
          <Td colSpan={headings.length}>
            <Typography textColor="neutral600">{emptyText}</Typography>
          </Td>
        </Tr>
      )}
      {children}
    </Tbody>
  </WrappingTable>
);

// The design system's table never wraps: at 1280 px, longer headers (Ukrainian ones) pushed the
// directory's last column out of sight. Here headers and cells wrap between words.
const WrappingTable = styled(Table)`
  && {
    white-space: normal;
  }
`;
