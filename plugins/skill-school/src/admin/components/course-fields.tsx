import { Checkbox, Input, Label, Select, Switch, Text, Textarea } from "@medusajs/ui"
import {
  CRAFTS,
  CURRENCIES,
  LANGUAGES,
  LEVELS,
  LEVEL_LABEL,
  type Course,
  type Qualification,
  type Seller,
} from "../lib/school"
import { useAdminResource } from "../lib/api"
import { Field } from "./field"

const NONE = "none"

export type CourseForm = {
  handle: string
  title: string
  hi: string
  mr: string
  summary: string
  description: string
  teacher_type: "seller" | "expert"
  teacher_seller_id: string
  teacher_name: string
  teacher_bio: string
  languages: string[]
  level: Course["level"]
  craft: string
  thumbnail: string
  status: Course["status"]
  is_free: boolean
  prices: Record<(typeof CURRENCIES)[number], string>
  grants_qualification_id: string
}

/** The form's fields typed in freely (plain strings). */
type FreeTextKey =
  "handle" | "hi" | "mr" | "summary" | "description" | "teacher_name" | "teacher_bio" | "craft" | "thumbnail"

export const emptyCourseForm = (): CourseForm => ({
  handle: "",
  title: "",
  hi: "",
  mr: "",
  summary: "",
  description: "",
  teacher_type: "expert",
  teacher_seller_id: "",
  teacher_name: "",
  teacher_bio: "",
  languages: ["hi"],
  level: "beginner",
  craft: "",
  thumbnail: "",
  status: "draft",
  is_free: false,
  prices: { inr: "", usd: "", eur: "" },
  grants_qualification_id: "",
})

export const courseFormFrom = (c: Course): CourseForm => ({
  handle: c.handle,
  title: c.title,
  hi: c.title_i18n?.hi ?? "",
  mr: c.title_i18n?.mr ?? "",
  summary: c.summary ?? "",
  description: c.description ?? "",
  teacher_type: c.teacher.type,
  teacher_seller_id: c.teacher.seller_id ?? "",
  teacher_name: c.teacher.name,
  teacher_bio: c.teacher.bio ?? "",
  languages: c.languages,
  level: c.level,
  craft: c.craft,
  thumbnail: c.thumbnail ?? "",
  status: c.status,
  is_free: c.is_free,
  prices: { inr: "", usd: "", eur: "" },
  grants_qualification_id: c.grants_qualification_id ?? "",
})

/** The fields both create and edit send (prices and is_free only at creation: the product's price is changed in Medusa's product admin). */
export const courseBody = (f: CourseForm) => {
  const i18n = Object.fromEntries((["hi", "mr"] as const).filter((l) => f[l].trim()).map((l) => [l, f[l].trim()]))
  return {
    handle: f.handle.trim(),
    title: f.title.trim(),
    title_i18n: Object.keys(i18n).length ? i18n : null,
    summary: f.summary.trim() || null,
    description: f.description.trim() || null,
    teacher_type: f.teacher_type,
    teacher_seller_id: f.teacher_type === "seller" ? f.teacher_seller_id || null : null,
    teacher_name: f.teacher_name.trim(),
    teacher_bio: f.teacher_bio.trim() || null,
    languages: f.languages,
    level: f.level,
    craft: f.craft.trim(),
    thumbnail: f.thumbnail.trim() || null,
    status: f.status,
    grants_qualification_id: f.grants_qualification_id || null,
  }
}

export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)

/**
 * The course form: titles, texts, teacher (a marketplace seller or an outside expert), languages,
 * level, craft, picture, status, qualification; `withPrices` adds free/paid and the prices.
 */
export const CourseFields = ({
  form,
  onChange,
  withPrices,
  onTitle,
}: {
  form: CourseForm
  onChange: (f: CourseForm) => void
  withPrices?: boolean
  onTitle?: (title: string) => void
}) => {
  const set = <K extends keyof CourseForm>(key: K, value: CourseForm[K]) => onChange({ ...form, [key]: value })
  const text = (key: FreeTextKey) => (e: { target: { value: string } }) => set(key, e.target.value)
  const sellers = useAdminResource<{ sellers: Seller[] }>("/admin/sellers?limit=100")
  const qualifications = useAdminResource<{ qualifications: Qualification[] }>("/admin/qualifications")
  const toggleLanguage = (code: string, on: boolean) =>
    set(
      "languages",
      on ? [...form.languages.filter((l) => l !== code), code] : form.languages.filter((l) => l !== code)
    )

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="course-title" label="Title (English)">
          <Input
            id="course-title"
            size="small"
            value={form.title}
            placeholder="Leather cutting for beginners"
            onChange={(e) => (onTitle ? onTitle(e.target.value) : set("title", e.target.value))}
          />
        </Field>
        <Field
          id="course-handle"
          label="Handle"
          hint="Lowercase letters, digits and hyphens: the course's address in the shop"
        >
          <Input id="course-handle" size="small" value={form.handle} onChange={text("handle")} />
        </Field>
        <Field id="course-hi" label="Title in Hindi">
          <Input id="course-hi" size="small" value={form.hi} onChange={text("hi")} />
        </Field>
        <Field id="course-mr" label="Title in Marathi">
          <Input id="course-mr" size="small" value={form.mr} onChange={text("mr")} />
        </Field>
      </div>
      <Field id="course-summary" label="Summary" hint="One or two lines for the catalogue (up to 400 characters)">
        <Textarea id="course-summary" rows={2} value={form.summary} onChange={text("summary")} />
      </Field>
      <Field
        id="course-description"
        label="Description"
        hint="What learners will be able to do afterwards, who it is for"
      >
        <Textarea id="course-description" rows={5} value={form.description} onChange={text("description")} />
      </Field>

      <div className="grid gap-4 md:grid-cols-2">
        <Field label="Teacher">
          <Select
            size="small"
            value={form.teacher_type}
            onValueChange={(v) => set("teacher_type", v as CourseForm["teacher_type"])}
          >
            <Select.Trigger aria-label="Teacher type">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="seller">A maker on the marketplace</Select.Item>
              <Select.Item value="expert">An outside expert</Select.Item>
            </Select.Content>
          </Select>
        </Field>
        {form.teacher_type === "seller" ? (
          <Field label="Maker" hint={sellers.error ? `Sellers could not be loaded: ${sellers.error}` : undefined}>
            <Select
              size="small"
              value={form.teacher_seller_id || undefined}
              onValueChange={(id) => {
                const seller = sellers.data?.sellers.find((s) => s.id === id)
                onChange({ ...form, teacher_seller_id: id, teacher_name: form.teacher_name || seller?.name || "" })
              }}
            >
              <Select.Trigger aria-label="Maker">
                <Select.Value placeholder={sellers.loading ? "Loading…" : "Choose the maker"} />
              </Select.Trigger>
              <Select.Content>
                {(sellers.data?.sellers ?? []).map((s) => (
                  <Select.Item key={s.id} value={s.id}>
                    {s.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
        ) : (
          <div />
        )}
        <Field id="course-teacher" label="Teacher's name" hint="As printed on the certificate">
          <Input id="course-teacher" size="small" value={form.teacher_name} onChange={text("teacher_name")} />
        </Field>
        <Field id="course-bio" label="About the teacher">
          <Input id="course-bio" size="small" value={form.teacher_bio} onChange={text("teacher_bio")} />
        </Field>
      </div>

      <Field label="Taught in">
        <div className="flex flex-wrap gap-4">
          {LANGUAGES.map((l) => (
            <div key={l.code} className="flex items-center gap-2">
              <Checkbox
                id={`lang-${l.code}`}
                checked={form.languages.includes(l.code)}
                onCheckedChange={(c) => toggleLanguage(l.code, c === true)}
              />
              <Label htmlFor={`lang-${l.code}`} size="small">
                {l.label}
              </Label>
            </div>
          ))}
        </div>
      </Field>

      <div className="grid gap-4 md:grid-cols-3">
        <Field label="Level">
          <Select size="small" value={form.level} onValueChange={(v) => set("level", v as CourseForm["level"])}>
            <Select.Trigger aria-label="Level">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {LEVELS.map((l) => (
                <Select.Item key={l} value={l}>
                  {LEVEL_LABEL[l]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id="course-craft" label="Craft" hint={`A code: ${CRAFTS.slice(0, 5).join(", ")}…`}>
          <Input
            id="course-craft"
            size="small"
            list="skill-school-crafts"
            value={form.craft}
            onChange={text("craft")}
          />
          <datalist id="skill-school-crafts">
            {CRAFTS.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </Field>
        <Field label="Status" hint="Only published courses are in the shop">
          <Select size="small" value={form.status} onValueChange={(v) => set("status", v as CourseForm["status"])}>
            <Select.Trigger aria-label="Status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="draft">Draft</Select.Item>
              <Select.Item value="published">Published</Select.Item>
            </Select.Content>
          </Select>
        </Field>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Field id="course-thumbnail" label="Picture URL" hint="An http(s) link to the course picture">
          <Input
            id="course-thumbnail"
            size="small"
            value={form.thumbnail}
            placeholder="https://…"
            onChange={text("thumbnail")}
          />
        </Field>
        <Field
          label="Grants qualification"
          hint={
            qualifications.error
              ? "The makerspace's qualifications could not be loaded"
              : "Given on completion; the makerspace asks for it before booking a machine"
          }
        >
          <Select
            size="small"
            value={form.grants_qualification_id || NONE}
            onValueChange={(v) => set("grants_qualification_id", v === NONE ? "" : v)}
          >
            <Select.Trigger aria-label="Qualification">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NONE}>None</Select.Item>
              {(qualifications.data?.qualifications ?? []).map((q) => (
                <Select.Item key={q.id} value={q.id}>
                  {q.name?.en ?? q.code}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </div>

      {withPrices && (
        <div className="flex flex-col gap-3 rounded-lg border border-ui-border-base p-4">
          <div className="flex items-center gap-2">
            <Switch
              id="course-free"
              checked={form.is_free}
              onCheckedChange={(on) =>
                onChange({ ...form, is_free: on, prices: on ? { inr: "", usd: "", eur: "" } : form.prices })
              }
            />
            <Label htmlFor="course-free" size="small" weight="plus">
              Free course
            </Label>
          </div>
          {form.is_free ? (
            <Text size="small" className="text-ui-fg-subtle">
              Learners join with one tap; no product is created.
            </Text>
          ) : (
            <>
              <div className="grid gap-4 md:grid-cols-3">
                {CURRENCIES.map((c) => (
                  <Field
                    key={c}
                    id={`price-${c}`}
                    label={`Price ${c.toUpperCase()}${c === "inr" ? "" : " (optional)"}`}
                  >
                    <Input
                      id={`price-${c}`}
                      size="small"
                      type="number"
                      min={0}
                      step="1"
                      value={form.prices[c]}
                      onChange={(e) => set("prices", { ...form.prices, [c]: e.target.value })}
                    />
                  </Field>
                ))}
              </div>
              <Text size="xsmall" className="text-ui-fg-muted">
                A paid course is sold through its own Medusa product ("Lifetime access"); change its price later in the
                product's page.
              </Text>
            </>
          )}
        </div>
      )}
    </div>
  )
}
