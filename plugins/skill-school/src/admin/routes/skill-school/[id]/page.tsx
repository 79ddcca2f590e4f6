import { Badge, Button, Container, Heading, Prompt, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { EditCourseDrawer } from "../../../components/edit-course-drawer"
import { EnrolmentsPanel } from "../../../components/enrolments-panel"
import { Fact } from "../../../components/field"
import { LessonsEditor } from "../../../components/lessons-editor"
import { SessionsPanel } from "../../../components/sessions-panel"
import { attempt, call, useAdminResource } from "../../../lib/api"
import { COURSE_STATUS, LEVEL_LABEL, languageName, type CourseDetail, type Qualification } from "../../../lib/school"

/** A course: its facts, publish/unpublish, retire; lessons, workshops and learners. */
const CoursePage = () => {
  const { id } = useParams()
  const navigate = useNavigate()
  const { data, error, reload } = useAdminResource<{ course: CourseDetail }>(`/admin/courses/${id}`)
  const qualifications = useAdminResource<{ qualifications: Qualification[] }>("/admin/qualifications")
  const [busy, setBusy] = useState(false)
  const [retiring, setRetiring] = useState(false)

  if (error && !data)
    return (
      <Container>
        <Text className="text-ui-fg-error">{error}</Text>
      </Container>
    )
  if (!data)
    return (
      <Container>
        <Text>Loading…</Text>
      </Container>
    )
  const course = data.course
  const status = COURSE_STATUS[course.status]
  const qualification = qualifications.data?.qualifications.find((q) => q.id === course.grants_qualification_id)

  const setStatus = async (next: "draft" | "published") => {
    if (next === "published" && course.lessons.length === 0) {
      // Allowed by the API, but a course without lessons cannot be finished.
      if (!window.confirm("This course has no lessons yet. Publish it anyway?")) return
    }
    setBusy(true)
    await attempt(
      () => call(`/admin/courses/${course.id}`, { method: "POST", body: { status: next } }),
      next === "published" ? "Published: it is in the shop" : "Unpublished: back to draft"
    )
    setBusy(false)
    reload()
  }
  const retire = async () => {
    setRetiring(false)
    setBusy(true)
    const done = await attempt(() => call(`/admin/courses/${course.id}`, { method: "DELETE" }), "Course retired")
    setBusy(false)
    if (done) navigate("/skill-school")
  }

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex max-w-2xl flex-col gap-1">
          <Link className="text-ui-fg-subtle txt-compact-small" to="/skill-school">
            ← Skill School
          </Link>
          <div className="flex items-center gap-2">
            <Heading level="h1">{course.title}</Heading>
            <StatusBadge color={status.color}>{status.label}</StatusBadge>
            {course.is_free && (
              <Badge size="2xsmall" color="green">
                Free
              </Badge>
            )}
          </div>
          {(course.title_i18n?.hi || course.title_i18n?.mr) && (
            <Text size="small" className="text-ui-fg-subtle">
              {[course.title_i18n?.hi, course.title_i18n?.mr].filter(Boolean).join(" · ")}
            </Text>
          )}
          <Text size="small" className="text-ui-fg-subtle">
            <span className="font-mono">{course.handle}</span>
            {course.summary && ` · ${course.summary}`}
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <EditCourseDrawer course={course} onSaved={reload} />
          {course.status === "draft" ? (
            <Button size="small" isLoading={busy} onClick={() => setStatus("published")}>
              Publish
            </Button>
          ) : (
            <Button size="small" variant="secondary" isLoading={busy} onClick={() => setStatus("draft")}>
              Unpublish
            </Button>
          )}
          <Button size="small" variant="danger" disabled={busy} onClick={() => setRetiring(true)}>
            Retire
          </Button>
        </div>
      </Container>

      <Container className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Fact label="Teacher">
          {course.teacher.name}
          {course.teacher.type === "seller" ? " (maker)" : " (expert)"}
        </Fact>
        <Fact label="Taught in">{course.languages.map(languageName).join(", ")}</Fact>
        <Fact label="Craft · level">
          {course.craft} · {LEVEL_LABEL[course.level]}
        </Fact>
        <Fact label="Learners">{data.course.enrolment_count}</Fact>
        <Fact label="Price">
          {course.product_id ? (
            <Link className="text-ui-fg-interactive" to={`/products/${course.product_id}`}>
              Set in its product
            </Link>
          ) : (
            "Free: joined with one tap"
          )}
        </Fact>
        <Fact label="Grants qualification">
          {course.grants_qualification_id
            ? (qualification?.name?.en ?? qualification?.code ?? course.grants_qualification_id)
            : "—"}
        </Fact>
        {course.thumbnail && (
          <div className="col-span-2">
            <Text size="xsmall" className="text-ui-fg-muted">
              Picture
            </Text>
            <img
              src={course.thumbnail}
              alt=""
              className="mt-1 h-20 w-20 rounded-md border border-ui-border-base object-cover"
            />
          </div>
        )}
        {course.teacher.bio && (
          <div className="col-span-2 md:col-span-4">
            <Fact label="About the teacher">{course.teacher.bio}</Fact>
          </div>
        )}
        {course.description && (
          <div className="col-span-2 md:col-span-4">
            <Fact label="Description">{course.description}</Fact>
          </div>
        )}
      </Container>

      <LessonsEditor courseId={course.id} lessons={course.lessons} onChanged={reload} />
      <SessionsPanel courseId={course.id} sessions={course.sessions} onChanged={reload} />
      <EnrolmentsPanel courseId={course.id} onChanged={reload} />

      <Prompt open={retiring} onOpenChange={setRetiring} variant="danger">
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>Retire "{course.title}"?</Prompt.Title>
            <Prompt.Description>
              It leaves the catalogue and its product goes back to draft, so nobody can buy it. Learners keep their
              certificates. This cannot be undone here.
            </Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>Keep it</Prompt.Cancel>
            <Prompt.Action onClick={retire}>Retire course</Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </div>
  )
}

export default CoursePage
