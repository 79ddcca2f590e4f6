import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { attempt, call } from "../lib/api"
import { pricesFrom, type Course } from "../lib/school"
import { CourseFields, courseBody, emptyCourseForm, slug } from "./course-fields"

/** Creates a course (POST /admin/courses); a paid one gets its product. The API's 400 messages show as toasts. */
export const CreateCourseModal = ({ onCreated }: { onCreated: (course: Course) => void }) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(emptyCourseForm)
  const [handleTouched, setHandleTouched] = useState(false)
  const [saving, setSaving] = useState(false)

  const submit = async () => {
    if (!form.languages.length) return toast.error("Choose at least one language the course is taught in.")
    if (!form.is_free && !form.prices.inr.trim())
      return toast.error("Give a paid course its INR price, or make it free.")
    const body = {
      ...courseBody(form),
      handle: form.handle.trim() || slug(form.title),
      is_free: form.is_free,
      prices: form.is_free ? [] : pricesFrom(form.prices),
    }
    setSaving(true)
    const result = await attempt(
      () => call<{ course: Course }>("/admin/courses", { method: "POST", body }),
      "Course created: add its lessons"
    )
    setSaving(false)
    if (result) {
      setOpen(false)
      setForm(emptyCourseForm())
      setHandleTouched(false)
      onCreated(result.course)
    }
  }

  return (
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Create course
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header>
          <div className="flex w-full items-center justify-end gap-2">
            <Button size="small" variant="secondary" type="button" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button size="small" type="button" isLoading={saving} onClick={submit}>
              Create course
            </Button>
          </div>
        </FocusModal.Header>
        <FocusModal.Body className="flex justify-center overflow-y-auto px-6 py-10">
          <div className="flex w-full max-w-2xl flex-col gap-6">
            <div>
              <Heading level="h1">New course</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Start it as a draft, add lessons, then publish it from its page.
              </Text>
            </div>
            <CourseFields
              form={form}
              withPrices
              onChange={(f) => {
                if (f.handle !== form.handle) setHandleTouched(true)
                setForm(f)
              }}
              onTitle={(title) => setForm((f) => ({ ...f, title, handle: handleTouched ? f.handle : slug(title) }))}
            />
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}
