import { ArrowDownMini, ArrowUpMini, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Drawer,
  Heading,
  IconButton,
  Input,
  Label,
  Prompt,
  Select,
  Switch,
  Table,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useRef, useState } from "react"
import { attempt, call, formatSize, readAsBase64 } from "../lib/api"
import type { Lesson } from "../lib/school"
import { Empty, Field } from "./field"

/** What the lesson-file route accepts (src/api/validators.ts LESSON_FILE_TYPES), at most 20 MB. */
const FILE_TYPES = ["application/pdf", "image/jpeg", "image/png", "image/webp", "audio/mpeg", "video/mp4"]
const MAX_BYTES = 20 * 1024 * 1024
const KIND_LABEL: Record<Lesson["kind"], string> = { text: "Text", video: "Video", file: "File" }

type LessonForm = {
  title: string
  kind: Lesson["kind"]
  body: string
  video_url: string
  duration_minutes: string
  is_preview: boolean
}
const formFrom = (l?: Lesson): LessonForm => ({
  title: l?.title ?? "",
  kind: l?.kind ?? "text",
  body: l?.body ?? "",
  video_url: l?.video_url ?? "",
  duration_minutes: l?.duration_minutes ? String(l.duration_minutes) : "",
  is_preview: l?.is_preview ?? false,
})
const bodyOf = (f: LessonForm) => ({
  title: f.title.trim(),
  kind: f.kind,
  body: f.body.trim() || null,
  video_url: f.video_url.trim() || null,
  duration_minutes: f.duration_minutes.trim() ? Number(f.duration_minutes) : null,
  is_preview: f.is_preview,
})

/** Adds a lesson (no lesson given) or edits one: title, kind, text, video link, length, preview. */
const LessonDrawer = ({ courseId, lesson, onSaved }: { courseId: string; lesson?: Lesson; onSaved: () => void }) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(() => formFrom(lesson))
  const [saving, setSaving] = useState(false)
  const set = (key: keyof LessonForm) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))

  const save = async () => {
    setSaving(true)
    const path = lesson ? `/admin/courses/${courseId}/lessons/${lesson.id}` : `/admin/courses/${courseId}/lessons`
    const result = await attempt(
      () => call(path, { method: "POST", body: bodyOf(form) }),
      lesson ? "Lesson saved" : "Lesson added"
    )
    setSaving(false)
    if (result) {
      setOpen(false)
      onSaved()
    }
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(o) => {
        if (o) setForm(formFrom(lesson))
        setOpen(o)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant={lesson ? "transparent" : "secondary"}>
          {lesson ? "Edit" : "Add lesson"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-xl">
        <Drawer.Header>
          <Drawer.Title>{lesson ? "Edit lesson" : "New lesson"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <Field id="lesson-title" label="Title">
            <Input id="lesson-title" size="small" value={form.title} onChange={set("title")} />
          </Field>
          <div className="grid gap-4 md:grid-cols-2">
            <Field label="Kind">
              <Select
                size="small"
                value={form.kind}
                onValueChange={(v) => setForm((f) => ({ ...f, kind: v as Lesson["kind"] }))}
              >
                <Select.Trigger aria-label="Kind">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {(["text", "video", "file"] as const).map((k) => (
                    <Select.Item key={k} value={k}>
                      {KIND_LABEL[k]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <Field id="lesson-minutes" label="Length (minutes)">
              <Input
                id="lesson-minutes"
                size="small"
                type="number"
                min={1}
                max={600}
                value={form.duration_minutes}
                onChange={set("duration_minutes")}
              />
            </Field>
          </div>
          {form.kind === "video" && (
            <Field
              id="lesson-video"
              label="Video link"
              hint="Shown only to learners (and to anyone for a preview lesson)"
            >
              <Input
                id="lesson-video"
                size="small"
                value={form.video_url}
                placeholder="https://…"
                onChange={set("video_url")}
              />
            </Field>
          )}
          <Field
            id="lesson-body"
            label="Text"
            hint="Plain words the learner reads; for a file lesson, what the file is for"
          >
            <Textarea id="lesson-body" rows={10} value={form.body} onChange={set("body")} />
          </Field>
          <div className="flex items-center gap-2">
            <Switch
              id="lesson-preview"
              checked={form.is_preview}
              onCheckedChange={(on) => setForm((f) => ({ ...f, is_preview: on }))}
            />
            <Label htmlFor="lesson-preview" size="small">
              Free preview: anyone can open it before buying
            </Label>
          </div>
          {!lesson && (
            <Text size="xsmall" className="text-ui-fg-muted">
              Files (PDF sheets, pictures, audio, video) are added from the lesson list once the lesson exists.
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={saving} onClick={save}>
            {lesson ? "Save" : "Add"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** A lesson's private files: upload (read in the browser, sent as base64) and remove. */
const LessonFiles = ({ courseId, lesson, onChanged }: { courseId: string; lesson: Lesson; onChanged: () => void }) => {
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const base = `/admin/courses/${courseId}/lessons/${lesson.id}/files`

  const upload = async (file: File | undefined) => {
    if (input.current) input.current.value = ""
    if (!file) return
    if (!FILE_TYPES.includes(file.type))
      return toast.error(`${file.name}: lessons take PDF, JPEG, PNG, WebP, MP3 or MP4 files.`)
    if (file.size > MAX_BYTES)
      return toast.error(`${file.name} is ${formatSize(file.size)}; a lesson file may be at most 20 MB.`)
    setBusy(true)
    const content_base64 = await readAsBase64(file).catch((e: Error) => (toast.error(e.message), null))
    if (content_base64) {
      await attempt(
        () => call(base, { method: "POST", body: { filename: file.name, mime_type: file.type, content_base64 } }),
        `${file.name} added (private: only learners can download it)`
      )
    }
    setBusy(false)
    onChanged()
  }
  const remove = async (index: number, name: string) => {
    setBusy(true)
    await attempt(() => call(`${base}/${index}`, { method: "DELETE" }), `${name} removed`)
    setBusy(false)
    onChanged()
  }

  return (
    <div className="flex flex-col gap-1">
      {lesson.files.map((f) => (
        <div key={f.index} className="flex items-center gap-2">
          <Text size="xsmall">{f.name}</Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            {formatSize(f.size)}
          </Text>
          <IconButton
            size="2xsmall"
            variant="transparent"
            aria-label={`Remove ${f.name}`}
            disabled={busy}
            onClick={() => remove(f.index, f.name)}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <input
        ref={input}
        type="file"
        className="hidden"
        accept={FILE_TYPES.join(",")}
        onChange={(e) => upload(e.target.files?.[0])}
      />
      <div>
        <Button size="small" variant="transparent" isLoading={busy} onClick={() => input.current?.click()}>
          Upload file
        </Button>
      </div>
    </div>
  )
}

/** The course's lessons in order: add, edit, delete, move up and down, preview toggle, files. */
export const LessonsEditor = ({
  courseId,
  lessons,
  onChanged,
}: {
  courseId: string
  lessons: Lesson[]
  onChanged: () => void
}) => {
  const [busy, setBusy] = useState(false)
  const [deleting, setDeleting] = useState<Lesson | null>(null)

  const move = async (index: number, by: -1 | 1) => {
    const ids = lessons.map((l) => l.id)
    ;[ids[index], ids[index + by]] = [ids[index + by], ids[index]]
    setBusy(true)
    await attempt(() => call(`/admin/courses/${courseId}/lesson-order`, { method: "POST", body: { ids } }))
    setBusy(false)
    onChanged()
  }
  const togglePreview = async (lesson: Lesson, on: boolean) => {
    setBusy(true)
    await attempt(
      () => call(`/admin/courses/${courseId}/lessons/${lesson.id}`, { method: "POST", body: { is_preview: on } }),
      on ? "Anyone can open this lesson now" : "Lesson is for learners only"
    )
    setBusy(false)
    onChanged()
  }
  const remove = async () => {
    const lesson = deleting
    setDeleting(null)
    if (!lesson) return
    setBusy(true)
    await attempt(() => call(`/admin/courses/${courseId}/lessons/${lesson.id}`, { method: "DELETE" }), "Lesson deleted")
    setBusy(false)
    onChanged()
  }

  return (
    <Container className="p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Lessons</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Learners go through them in this order; the last one done issues the certificate.
          </Text>
        </div>
        <LessonDrawer courseId={courseId} onSaved={onChanged} />
      </div>
      {lessons.length === 0 ? (
        <Empty>
          No lessons yet. Add the first one: a short text lesson marked as free preview lets people see what they are
          buying.
        </Empty>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>#</Table.HeaderCell>
              <Table.HeaderCell>Lesson</Table.HeaderCell>
              <Table.HeaderCell>Preview</Table.HeaderCell>
              <Table.HeaderCell>Files</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lessons.map((l, i) => (
              <Table.Row key={l.id}>
                <Table.Cell className="align-top">
                  <div className="flex flex-col items-start py-2">
                    <IconButton
                      size="2xsmall"
                      variant="transparent"
                      aria-label="Move up"
                      disabled={busy || i === 0}
                      onClick={() => move(i, -1)}
                    >
                      <ArrowUpMini />
                    </IconButton>
                    <Text size="xsmall" className="pl-1">
                      {i + 1}
                    </Text>
                    <IconButton
                      size="2xsmall"
                      variant="transparent"
                      aria-label="Move down"
                      disabled={busy || i === lessons.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      <ArrowDownMini />
                    </IconButton>
                  </div>
                </Table.Cell>
                <Table.Cell className="py-3 align-top">
                  <Text size="small" weight="plus">
                    {l.title}
                  </Text>
                  <div className="flex items-center gap-2">
                    <Badge size="2xsmall">{KIND_LABEL[l.kind]}</Badge>
                    {l.duration_minutes && (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {l.duration_minutes} min
                      </Text>
                    )}
                  </div>
                  {l.body && (
                    <Text size="xsmall" className="line-clamp-2 max-w-md text-ui-fg-subtle">
                      {l.body}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell className="align-top">
                  <div className="py-3">
                    <Switch
                      checked={l.is_preview}
                      disabled={busy}
                      aria-label="Free preview"
                      onCheckedChange={(on) => togglePreview(l, on)}
                    />
                  </div>
                </Table.Cell>
                <Table.Cell className="py-2 align-top">
                  <LessonFiles courseId={courseId} lesson={l} onChanged={onChanged} />
                </Table.Cell>
                <Table.Cell className="align-top">
                  <div className="flex items-center justify-end gap-1 py-2">
                    <LessonDrawer courseId={courseId} lesson={l} onSaved={onChanged} />
                    <IconButton
                      size="small"
                      variant="transparent"
                      aria-label="Delete lesson"
                      disabled={busy}
                      onClick={() => setDeleting(l)}
                    >
                      <Trash />
                    </IconButton>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Prompt open={!!deleting} onOpenChange={(o) => !o && setDeleting(null)} variant="danger">
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>Delete "{deleting?.title}"?</Prompt.Title>
            <Prompt.Description>
              Learners will no longer see it; their progress on the other lessons stays.
            </Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>Keep it</Prompt.Cancel>
            <Prompt.Action onClick={remove}>Delete</Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Container>
  )
}
