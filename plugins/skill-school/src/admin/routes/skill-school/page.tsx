import { defineRouteConfig } from "@medusajs/admin-sdk"
import { AcademicCap } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CreateCourseModal } from "../../components/create-course-modal"
import { useAdminResource, useDebounced } from "../../lib/api"
import { COURSE_STATUS, CRAFTS, LEVEL_LABEL, languageName, type Course } from "../../lib/school"

const PAGE = 20
const ALL = "all"

/** Skill School: every course (drafts too) with status and craft filters and a search. */
const SkillSchoolPage = () => {
  const navigate = useNavigate()
  const [status, setStatus] = useState<string>(ALL)
  const [craft, setCraft] = useState<string>(ALL)
  const [search, setSearch] = useState("")
  const [offset, setOffset] = useState(0)
  const q = useDebounced(search.trim())
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (status !== ALL) params.set("status", status)
  if (craft !== ALL) params.set("craft", craft)
  if (q) params.set("q", q)
  const { data, error, loading } = useAdminResource<{ courses: Course[]; count: number }>(`/admin/courses?${params}`)
  const filtered = status !== ALL || craft !== ALL || Boolean(q)
  const choose = (set: (v: string) => void) => (value: string) => {
    set(value)
    setOffset(0)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Skill School</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Courses by Dharavi's makers and outside experts: lessons, live workshops, learners and certificates.
          </Text>
        </div>
        <CreateCourseModal onCreated={(course) => navigate(`/skill-school/${course.id}`)} />
      </div>
      <div className="flex flex-wrap items-center gap-3 px-6 py-3">
        <Input
          size="small"
          type="search"
          className="w-64"
          placeholder="Search title, handle or teacher"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value)
            setOffset(0)
          }}
        />
        <Select size="small" value={status} onValueChange={choose(setStatus)}>
          <Select.Trigger className="w-40" aria-label="Status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All statuses</Select.Item>
            <Select.Item value="published">Published</Select.Item>
            <Select.Item value="draft">Draft</Select.Item>
          </Select.Content>
        </Select>
        <Select size="small" value={craft} onValueChange={choose(setCraft)}>
          <Select.Trigger className="w-40" aria-label="Craft">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All crafts</Select.Item>
            {CRAFTS.map((c) => (
              <Select.Item key={c} value={c}>
                {c}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {loading && !data && <Text className="px-6 py-4 text-ui-fg-subtle">Loading…</Text>}
      {!loading && !error && data?.courses.length === 0 && (
        <Text className="px-6 py-8 text-ui-fg-subtle">
          {filtered
            ? "No courses match these filters."
            : "No courses yet. Create one, add its lessons, and publish it when it is ready; the demo seed adds four."}
        </Text>
      )}
      {!!data?.courses.length && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Course</Table.HeaderCell>
                <Table.HeaderCell>Teacher</Table.HeaderCell>
                <Table.HeaderCell>Craft · level</Table.HeaderCell>
                <Table.HeaderCell>Languages</Table.HeaderCell>
                <Table.HeaderCell>Lessons</Table.HeaderCell>
                <Table.HeaderCell>Price</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.courses.map((c) => (
                <Table.Row key={c.id} className="cursor-pointer" onClick={() => navigate(`/skill-school/${c.id}`)}>
                  <Table.Cell>
                    <Link
                      className="text-ui-fg-interactive"
                      to={`/skill-school/${c.id}`}
                      onClick={(e) => e.stopPropagation()}
                    >
                      {c.title}
                    </Link>
                    <Text size="xsmall" className="font-mono text-ui-fg-muted">
                      {c.handle}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    {c.teacher.name}
                    {c.teacher.type === "seller" && (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        maker
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {c.craft} · {LEVEL_LABEL[c.level]}
                  </Table.Cell>
                  <Table.Cell>{c.languages.map(languageName).join(", ")}</Table.Cell>
                  <Table.Cell>{c.lesson_count ?? "—"}</Table.Cell>
                  <Table.Cell>
                    {c.is_free ? (
                      <Badge size="2xsmall" color="green">
                        Free
                      </Badge>
                    ) : (
                      "Paid"
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={COURSE_STATUS[c.status].color}>{COURSE_STATUS[c.status].label}</StatusBadge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={data.count}
            pageSize={PAGE}
            pageIndex={offset / PAGE}
            pageCount={Math.max(1, Math.ceil(data.count / PAGE))}
            canPreviousPage={offset > 0}
            canNextPage={offset + PAGE < data.count}
            previousPage={() => setOffset(Math.max(0, offset - PAGE))}
            nextPage={() => setOffset(offset + PAGE)}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Skill School", icon: AcademicCap })
export default SkillSchoolPage
