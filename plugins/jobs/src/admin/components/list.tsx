import { Container, Heading, Select, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { JobsNav } from "./jobs-nav"

export const PAGE = 20

/** A Jobs+ page: the sections, a title with what it is for, and its filters. */
export const JobsPage = ({
  title,
  description,
  filters,
  children,
}: {
  title: string
  description: ReactNode
  filters?: ReactNode
  children: ReactNode
}) => (
  <Container className="divide-y p-0">
    <JobsNav />
    <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
      <div>
        <Heading level="h1">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      </div>
      {filters && <div className="flex items-center gap-3">{filters}</div>}
    </div>
    {children}
  </Container>
)

type ListState = { error: string | null; loading: boolean; rows: number | undefined; empty: ReactNode }

/** A list's error, first load, and its empty state: what to do when there is nothing yet. */
export const ListStatus = ({ error, loading, rows, empty }: ListState) => (
  <>
    {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
    {loading && rows === undefined && <Text className="px-6 py-4 text-ui-fg-subtle">Loading…</Text>}
    {!loading && !error && rows === 0 && <Text className="px-6 py-8 text-ui-fg-subtle">{empty}</Text>}
  </>
)

/** Pages through a list the admin routes answer with `count` (PAGE rows at a time). */
export const Pager = ({
  count,
  offset,
  onOffset,
}: {
  count: number
  offset: number
  onOffset: (offset: number) => void
}) => (
  <Table.Pagination
    count={count}
    pageSize={PAGE}
    pageIndex={offset / PAGE}
    pageCount={Math.max(1, Math.ceil(count / PAGE))}
    canPreviousPage={offset > 0}
    canNextPage={offset + PAGE < count}
    previousPage={() => onOffset(Math.max(0, offset - PAGE))}
    nextPage={() => onOffset(offset + PAGE)}
  />
)

/** A paged table under its status lines; `children` are the rows. */
export const ListTable = ({
  columns,
  count,
  offset,
  onOffset,
  children,
  ...state
}: ListState & {
  columns: string[]
  count: number
  offset: number
  onOffset: (offset: number) => void
  children: ReactNode
}) => (
  <>
    <ListStatus {...state} />
    {!!state.rows && (
      <>
        <Table>
          <Table.Header>
            <Table.Row>
              {columns.map((c, i) => (
                <Table.HeaderCell key={i}>{c}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>{children}</Table.Body>
        </Table>
        <Pager count={count} offset={offset} onOffset={onOffset} />
      </>
    )}
  </>
)

/** A list filter: one choice of `options` ([value, label] pairs). */
export const FilterSelect = ({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: string
  options: [string, string][]
  onChange: (value: string) => void
}) => (
  <Select size="small" value={value} onValueChange={onChange}>
    <Select.Trigger className="w-48" aria-label={label}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {options.map(([v, text]) => (
        <Select.Item key={v} value={v}>
          {text}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
