import { Button, Drawer, Input, Label, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { attempt, call } from "../lib/api"
import type { Pool } from "../lib/pools"

/** The parts of a pool that may change once it is open: title, description and pickup point. */
export const EditPoolDrawer = ({ pool, onSaved }: { pool: Pool; onSaved: () => void }) => {
  const [open, setOpen] = useState(false)
  const [title, setTitle] = useState(pool.title)
  const [description, setDescription] = useState({
    en: pool.description?.en ?? "",
    hi: pool.description?.hi ?? "",
    mr: pool.description?.mr ?? "",
  })
  const [pickup, setPickup] = useState(pool.pickup_point ?? "")
  const [saving, setSaving] = useState(false)

  const show = (o: boolean) => {
    if (o) {
      setTitle(pool.title)
      setDescription({ en: pool.description?.en ?? "", hi: pool.description?.hi ?? "", mr: pool.description?.mr ?? "" })
      setPickup(pool.pickup_point ?? "")
    }
    setOpen(o)
  }
  const save = async () => {
    setSaving(true)
    const body = {
      title,
      description: { en: description.en.trim(), hi: description.hi.trim(), mr: description.mr.trim() },
      pickup_point: pickup.trim() || null,
    }
    const result = await attempt(() => call(`/admin/pools/${pool.id}`, { method: "POST", body }), "Pool updated")
    setSaving(false)
    if (result) {
      setOpen(false)
      onSaved()
    }
  }

  return (
    <Drawer open={open} onOpenChange={show}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Edit
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Edit pool</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <Label htmlFor="edit-title" size="small" weight="plus">
              Title
            </Label>
            <Input id="edit-title" size="small" value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          {(["en", "hi", "mr"] as const).map((l) => (
            <div key={l} className="flex flex-col gap-1">
              <Label htmlFor={`edit-${l}`} size="small" weight="plus">
                Description ({{ en: "English", hi: "Hindi", mr: "Marathi" }[l]})
              </Label>
              <Textarea
                id={`edit-${l}`}
                rows={3}
                value={description[l]}
                onChange={(e) => setDescription((d) => ({ ...d, [l]: e.target.value }))}
              />
            </div>
          ))}
          <div className="flex flex-col gap-1">
            <Label htmlFor="edit-pickup" size="small" weight="plus">
              Pickup point
            </Label>
            <Input id="edit-pickup" size="small" value={pickup} onChange={(e) => setPickup(e.target.value)} />
          </div>
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
