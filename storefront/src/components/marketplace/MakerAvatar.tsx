import { initials } from "@/lib/sellers"

type Props = { name: string; photoUrl?: string | null; size?: "sm" | "md" | "lg" }

const PIXELS = { sm: 48, md: 72, lg: 112 } as const

/** The maker's photo, or their initials on a warm circle. Decorative: the name is always next to it. */
export function MakerAvatar({ name, photoUrl, size = "md" }: Props) {
  if (photoUrl) {
    return (
      <img
        src={photoUrl}
        alt=""
        width={PIXELS[size]}
        height={PIXELS[size]}
        loading="lazy"
        decoding="async"
        className={`avatar avatar-${size}`}
      />
    )
  }
  return (
    <span className={`avatar avatar-${size} avatar-initials`} aria-hidden="true">
      {initials(name)}
    </span>
  )
}
