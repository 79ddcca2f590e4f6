import { Badge } from "@medusajs/ui"
import { LEVEL, type Skill } from "../lib/jobs"

/** A post's or a karigar's trades, each with its level. */
export const Skills = ({ skills }: { skills: Skill[] }) => (
  <div className="flex flex-wrap gap-1">
    {skills.map((s) => (
      <Badge
        key={s.trade}
        size="2xsmall"
        color={s.level === "master" ? "purple" : s.level === "skilled" ? "blue" : "grey"}
      >
        {s.name} · {LEVEL[s.level]}
      </Badge>
    ))}
  </div>
)
