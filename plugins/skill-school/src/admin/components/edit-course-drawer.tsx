import { Button, Drawer, toast } from "@medusajs/ui"
import { useState } from "react"
import { attempt, call } from "../lib/api"
import type { Course } from "../lib/school"
import { CourseFields, courseBody, courseFormFrom } from "./course-fields"

/** Edits a course's fields (POST /admin/courses/:id). Prices belong to its Medusa product. */
export const EditCourseDrawer = ({ course, onSaved }: { course: Course; onSaved: () => void }) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(() => courseFormFrom(course))
  const [saving, setSaving] = useState(false)

  const save = async () => {
    if (!form.languages.length) return toast.error("Choose at least one language the course is taught in.")
    setSaving(true)
    const result = await attempt(
      () => call(`/admin/courses/${course.id}`, { method: "POST", body: courseBody(form) }),
      "Course saved"
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
        if (o) setForm(courseFormFrom(course))
        setOpen(o)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Edit
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-2xl">
        <Drawer.Header>
          <Drawer.Title>Edit course</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <CourseFields form={form} onChange={setForm} />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={saving} onClick={save}>
            Save
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
