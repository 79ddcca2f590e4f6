import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { SubmitButton } from "@/components/SubmitButton"
import type { AppLocale } from "@/i18n/locales"
import { bookWorkshopSeat } from "@/lib/actions/courses"
import { withQuery } from "@/lib/actions/helpers"
import { isBookable, type SeatError, type Workshop } from "@/lib/courses"
import { CourseTitle, WorkshopFacts } from "./CourseParts"

type Props = {
  workshop: Workshop
  locale: AppLocale
  /** The page the booking comes back to (with the reason when it is refused). */
  returnTo: string
  signedIn: boolean
  /** The price of a seat in the shopper's currency, when the page knows it. */
  price?: string | null
  error?: SeatError | null
  /** A failure that was not the workshop's own answer (unavailable, wait, busy…), from failureNotice. */
  failure?: { kind: string; text: string } | null
  showCourse?: boolean
}

/** A workshop session with its seats left and one "book a seat" form (free: confirmed at once; paid: into the cart). */
export async function WorkshopCard({
  workshop,
  locale,
  returnTo,
  signedIn,
  price,
  error,
  failure,
  showCourse = false,
}: Props) {
  const t = await getTranslations({ locale, namespace: "School" })
  const bookable = isBookable(workshop)
  return (
    <li
      className="card workshop-card"
      id={`workshop-${workshop.id}`}
      data-testid="workshop-card"
      data-workshop-id={workshop.id}
    >
      {showCourse && workshop.course ? (
        <h3>
          <Link href={`/${locale}/courses/${encodeURIComponent(workshop.course.handle)}`}>
            <CourseTitle course={workshop.course} locale={locale} />
          </Link>
        </h3>
      ) : null}
      {workshop.title ? <p className="workshop-title">{workshop.title}</p> : null}
      <WorkshopFacts workshop={workshop} locale={locale} />
      <p>
        <span className={`pill ${workshop.is_free ? "pill-course-free" : "pill-neutral"}`}>
          {workshop.is_free ? t("free") : price ? price : t("paid")}
        </span>
      </p>
      {error || failure ? (
        <p className="notice notice-error" role="alert" data-testid="seat-error" data-error={failure?.kind ?? error}>
          {failure ? failure.text : t(`seatErrors.${error!}`)}
        </p>
      ) : null}
      {!bookable ? null : signedIn ? (
        <form action={bookWorkshopSeat}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="workshop_id" value={workshop.id} />
          <input type="hidden" name="is_free" value={workshop.is_free ? "1" : "0"} />
          <input type="hidden" name="return_to" value={returnTo} />
          <SubmitButton className="button button-block" pendingLabel={t("saving")} data-testid="book-seat">
            {workshop.is_free ? t("workshops.takeSeat") : t("workshops.bookSeat")}
          </SubmitButton>
          {!workshop.is_free ? <p className="hint">{t("workshops.holdNote")}</p> : null}
        </form>
      ) : (
        <Link
          href={withQuery(`/${locale}/account/login`, { return_to: returnTo })}
          className="button button-secondary button-block"
          data-testid="seat-sign-in"
        >
          {t("signInToBook")}
        </Link>
      )}
    </li>
  )
}
