import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { MAKERSPACE_MODULE } from "@dharavi/makerspace/modules/makerspace"
import { SKILL_SCHOOL_MODULE } from "@dharavi/skill-school/modules/skill-school"
import { createCourseWorkflow, createLessonWorkflow, createSessionWorkflow } from "@dharavi/skill-school/workflows"
import type { CatalogueProduct, CategoryHandle, ImageMotif } from "./catalogue"
import { productImageSvg } from "./images"
import { MAKERS } from "./makers"

type Log = (message: string) => void
type Price = { currency_code: "inr" | "usd" | "eur"; amount: number }
const HOUR = 3600_000
const DAY = 24 * HOUR

/** The makerspace qualification the demo tool-house's laser cutter asks for (seed.ts, seedToolHouse). */
export const LASER_QUALIFICATION_CODE = "laser-cutter-safety"

type DemoLesson = { title: string; body: string; is_preview?: true; duration_minutes: number }
type DemoSession = {
  title: string
  /** Days from today, and the hour it starts in Mumbai time. */
  in_days: number
  starts_ist: number
  hours: number
  mode: "online" | "in_person"
  place?: string
  online_url?: string
  language: string
  seat_limit: number
  prices: Price[]
}
export type DemoCourse = {
  handle: string
  title: string
  title_i18n: { hi?: string; mr?: string }
  summary: string
  description: string
  /** A demo maker's handle (the teacher is that seller), or an outside expert. */
  teacher: { seller: string; bio: string } | { expert: string; bio: string }
  languages: string[]
  level: "beginner" | "intermediate" | "advanced"
  craft: string
  /** Colours and drawing of the thumbnail. */
  picture: { category: CategoryHandle; motif: ImageMotif }
  /** None: free. */
  prices: Price[]
  grants_laser_qualification?: true
  lessons: DemoLesson[]
  sessions?: DemoSession[]
}

/**
 * Four published demo courses: two paid ones taught by demo makers, two free ones by outside
 * experts (one grants the laser cutter's qualification), and two upcoming workshops.
 */
export const SKILL_COURSES: DemoCourse[] = [
  {
    handle: "leather-cutting-for-beginners",
    title: "Leather cutting for beginners",
    title_i18n: { hi: "शुरुआती लोगों के लिए चमड़े की कटाई", mr: "नवशिक्यांसाठी चामडे कापणे" },
    summary: "Read a hide, lay out the pattern and cut clean panels with little waste.",
    description:
      "Taught at the cutting table of Imran Leather Works. You learn how a hide is graded, where the good leather is, how to place pattern pieces so that little is wasted, and how to keep a knife sharp enough to cut in one stroke. After the course you can cut the panels of a wallet or a tote on your own.",
    teacher: {
      seller: "imran-leather-works",
      bio: "Imran has cut leather for export houses and his own label for twenty years.",
    },
    languages: ["hi", "en"],
    level: "beginner",
    craft: "leather",
    picture: { category: "leather-goods", motif: "wallet" },
    prices: [
      { currency_code: "inr", amount: 499 },
      { currency_code: "usd", amount: 8 },
      { currency_code: "eur", amount: 7 },
    ],
    lessons: [
      {
        title: "Reading a hide",
        is_preview: true,
        duration_minutes: 15,
        body: "Lay the hide flat, grain side up, in good daylight. The back (the spine line) is the firmest, most even leather: keep it for panels that show, like the front of a bag. The belly at the edges stretches and is thinner: use it for linings and small hidden parts. Mark holes, scars and insect bites with chalk before you place anything, so no panel lands on them.",
      },
      {
        title: "Laying out the pattern",
        duration_minutes: 20,
        body: "Place the biggest pieces first, on the best leather, and fit the small pieces around them like a puzzle. Keep the stretch in mind: the long side of a strap or a belt follows the spine, never across it. Trace with a silver pen and count every piece against the pattern sheet before the first cut. Five minutes of layout saves a square foot of leather.",
      },
      {
        title: "The first cut",
        duration_minutes: 25,
        body: "Use a sharp round knife or a heavy cutter, a steel ruler on straight lines and a cutting board under the hide. Cut in one stroke, away from your other hand, with the blade upright so the edge is square. Strop the blade every few panels. Stack cut panels flat, grain to grain, with their piece number written on the back.",
      },
    ],
    sessions: [
      {
        title: "Cutting table practice at Imran Leather Works",
        in_days: 6,
        starts_ist: 10,
        hours: 3,
        mode: "in_person",
        place: "Imran Leather Works, Gala 12, 90 Feet Road, Dharavi (near the petrol pump)",
        language: "hi",
        seat_limit: 8,
        prices: [
          { currency_code: "inr", amount: 250 },
          { currency_code: "usd", amount: 4 },
          { currency_code: "eur", amount: 4 },
        ],
      },
    ],
  },
  {
    handle: "zari-embroidery-borders",
    title: "Zari embroidery borders",
    title_i18n: { hi: "ज़री कढ़ाई की किनारी" },
    summary: "Bridal-style zari borders on the adda: tracing, couching and finishing a clean edge.",
    description:
      "For embroiderers who can already do simple hand work. The karkhana's ustad shows how a border is traced onto the cloth, how metal thread is laid and couched so it stays flat, and how the ends are finished so nothing scratches the wearer.",
    teacher: { seller: "noor-zari-karkhana", bio: "Noor Mohammed's karkhana does bridal zari for Mumbai boutiques." },
    languages: ["hi"],
    level: "intermediate",
    craft: "embroidery",
    picture: { category: "embroidery-zari", motif: "cloth" },
    prices: [
      { currency_code: "inr", amount: 799 },
      { currency_code: "usd", amount: 12 },
      { currency_code: "eur", amount: 11 },
    ],
    lessons: [
      {
        title: "Setting the cloth on the adda",
        is_preview: true,
        duration_minutes: 15,
        body: "Stretch the cloth evenly on the wooden frame: tight like a drum, with the weave straight. Loose cloth puckers as soon as the zari goes on. Cover the parts you are not working on with a clean cotton sheet, so the thread does not catch dust or sweat.",
      },
      {
        title: "Tracing the border",
        duration_minutes: 20,
        body: "Prick the drawing along its lines with a needle, lay it on the cloth and rub chalk or blue powder through the holes. Join the dots lightly with a pencil. Check the border meets itself at the corners before you start: a mistake here shows on every metre.",
      },
      {
        title: "Couching the zari",
        duration_minutes: 30,
        body: "Lay two strands of zari side by side on the line and hold them down with small stitches of matching silk, every 3 to 4 mm, straight across. Never pull the zari through the cloth: it frays and loses its shine. At a corner, fold the strands sharply and put a stitch right on the fold.",
      },
      {
        title: "Finishing the ends",
        duration_minutes: 10,
        body: "Take the ends of the zari to the back with a large needle, fold them flat and catch them with silk. Cover the back of the border with a thin cotton strip so nothing scratches the skin of the bride who wears it.",
      },
    ],
  },
  {
    handle: "kiln-and-laser-safety",
    title: "Kiln and laser safety",
    title_i18n: { hi: "भट्ठी और लेज़र सुरक्षा", mr: "भट्टी आणि लेझर सुरक्षा" },
    summary: "What to check before you fire a kiln or switch on the tool-house laser cutter. Needed to book the laser.",
    description:
      "A short, free course from the Kala Killa Tool House team. Finishing it gives you the laser cutter safety qualification, so you can book the laser cutter at the tool-house.",
    teacher: { expert: "Kala Killa Tool House team", bio: "The people who run the shared workshop and its machines." },
    languages: ["hi", "mr", "en"],
    level: "beginner",
    craft: "machines",
    picture: { category: "pottery", motif: "box" },
    prices: [],
    grants_laser_qualification: true,
    lessons: [
      {
        title: "Before you switch it on",
        is_preview: true,
        duration_minutes: 10,
        body: "Look around first: nothing that burns near the machine, the extraction fan running, the fire blanket and the CO2 extinguisher where you can reach them. Wear the goggles made for this laser, not sunglasses. Never cut PVC, vinyl or chrome-tanned leather with a chemical smell: the smoke is poison and it eats the machine.",
      },
      {
        title: "While it runs",
        duration_minutes: 10,
        body: "Stay at the machine for the whole job, every minute. A small flame on the material is normal and goes out; a flame that keeps burning means pause, lid closed, and wait. Never open the lid while the beam is on. If something catches fire, press the red stop button, keep the lid shut, and use the blanket or the CO2 extinguisher, never water.",
      },
      {
        title: "Kiln firing, step by step",
        duration_minutes: 15,
        body: "Only bone-dry pots go in: wet clay bursts. Stack them so the heat can move between them. Raise the heat slowly for the first hours. Keep children and loose clothes away from the kiln door, use long gloves to open the spy hole, and let the kiln cool by itself before you unload: a cold draught cracks the pots.",
      },
    ],
  },
  {
    handle: "bookkeeping-and-gst",
    title: "Bookkeeping and GST for small workshops",
    title_i18n: { hi: "छोटी वर्कशॉप के लिए हिसाब-किताब और GST", mr: "लहान कार्यशाळांसाठी हिशेब आणि GST" },
    summary: "Keep a daily cash book, bill customers properly and know when GST applies to you.",
    description:
      "Plain-language money skills for a workshop owner: a cash book you can keep in ten minutes a day, bills customers and buyers accept, and what GST registration means for a small unit.",
    teacher: {
      expert: "Priya Deshmukh",
      bio: "Chartered accountant who has done the accounts of Dharavi units for twelve years.",
    },
    languages: ["mr", "hi", "en"],
    level: "beginner",
    craft: "finance",
    picture: { category: "garments", motif: "box" },
    prices: [],
    lessons: [
      {
        title: "A cash book in ten minutes a day",
        is_preview: true,
        duration_minutes: 15,
        body: "Take one notebook only for the workshop. Every day write the date, then each amount that came in (who paid, for what) and each amount that went out (wages, leather, thread, rent, electricity). At night count the cash in the box: it must match what the book says. Keep your home money out of this box and this book.",
      },
      {
        title: "Bills that buyers accept",
        duration_minutes: 15,
        body: "A proper bill has your workshop's name and address, a bill number that goes up by one each time, the date, the buyer's name, each item with quantity and rate, and the total. Keep a copy of every bill, even cancelled ones, in number order. Buyers and shops pay faster when the bill is clear.",
      },
      {
        title: "GST: do I need it?",
        duration_minutes: 20,
        body: "GST registration is needed once your sales in a year cross the limit set by the government for your kind of business, or if you sell to other states online or to buyers who ask for a GST bill. Registered, you charge GST on your bills, can claim back the GST you paid on materials, and file returns on time. Ask an accountant to check the current limits for you.",
      },
    ],
    sessions: [
      {
        title: "GST questions answered, live",
        in_days: 9,
        starts_ist: 18,
        hours: 1.5,
        mode: "online",
        online_url: "https://meet.jit.si/dharavi-skill-school-gst-basics",
        language: "hi",
        seat_limit: 40,
        prices: [],
      },
    ],
  },
]

/** A time `days` from today at `hour` o'clock in Mumbai (UTC+5:30). */
function istAt(days: number, hour: number) {
  const day = new Date(Date.now() + days * DAY)
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour) - 5.5 * HOUR)
}

/**
 * Skill School demo data through the plugin's workflows: the courses (a paid one gets its Medusa
 * product), their lessons and workshop sessions. Idempotent: a course whose handle exists is left
 * alone with its lessons, and a session is added only if its course has none of that title, so it
 * can run again on a seeded database.
 */
export async function seedSkillSchool(container: MedusaContainer, log: Log = () => {}) {
  const school = container.resolve(SKILL_SCHOOL_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: sellers }: { data: { id: string; handle: string; name: string }[] } = await query.graph({
    entity: "seller",
    fields: ["id", "handle", "name"],
    filters: { handle: SKILL_COURSES.flatMap((c) => ("seller" in c.teacher ? [c.teacher.seller] : [])) },
  })
  let laserQualificationId: string | null = null
  if (container.hasRegistration(MAKERSPACE_MODULE)) {
    const [qualification] = await container
      .resolve(MAKERSPACE_MODULE)
      .listQualifications({ code: LASER_QUALIFICATION_CODE })
    laserQualificationId = qualification?.id ?? null
  }

  const existing = await school.listCourses(
    { handle: SKILL_COURSES.map((c) => c.handle) },
    { select: ["id", "handle", "title"] }
  )
  const missing = SKILL_COURSES.filter((c) => !existing.some((e) => e.handle === c.handle))
  const pictures = missing.length
    ? (
        await uploadFilesWorkflow(container).run({
          input: {
            files: missing.map((c) => ({
              filename: `dharavi/course-${c.handle}.svg`,
              mimeType: "image/svg+xml",
              content: Buffer.from(
                productImageSvg({ title: { en: c.title }, ...c.picture } as CatalogueProduct)
              ).toString("base64"),
              access: "public" as const,
            })),
          },
        })
      ).result
    : []

  const courses = new Map<string, { id: string; handle: string; title: string }>(existing.map((e) => [e.handle, e]))
  for (const [i, c] of missing.entries()) {
    const seller =
      "seller" in c.teacher ? sellers.find((s) => s.handle === (c.teacher as { seller: string }).seller) : null
    const maker =
      "seller" in c.teacher ? MAKERS.find((m) => m.handle === (c.teacher as { seller: string }).seller) : null
    const teacher =
      "seller" in c.teacher
        ? seller
          ? { teacher_type: "seller", teacher_seller_id: seller.id, teacher_name: maker?.owner.name ?? seller.name }
          : { teacher_type: "expert", teacher_name: maker?.owner.name ?? c.teacher.seller }
        : { teacher_type: "expert", teacher_name: c.teacher.expert }
    log(`skill school: course "${c.title}"${c.prices.length ? "" : " (free)"}`)
    const { result: course } = await createCourseWorkflow(container).run({
      input: {
        course: {
          handle: c.handle,
          title: c.title,
          title_i18n: c.title_i18n,
          summary: c.summary,
          description: c.description,
          ...teacher,
          teacher_bio: c.teacher.bio,
          languages: c.languages,
          level: c.level,
          craft: c.craft,
          thumbnail: pictures[i]?.url ?? null,
          status: "published",
          is_free: c.prices.length === 0,
          grants_qualification_id: c.grants_laser_qualification ? laserQualificationId : null,
        },
        prices: c.prices,
      },
    })
    for (const [position, lesson] of c.lessons.entries()) {
      await createLessonWorkflow(container).run({
        input: {
          course_id: course.id,
          position,
          kind: "text",
          title: lesson.title,
          body: lesson.body,
          is_preview: Boolean(lesson.is_preview),
          duration_minutes: lesson.duration_minutes,
        },
      })
    }
    courses.set(c.handle, course)
  }

  for (const c of SKILL_COURSES) {
    const course = courses.get(c.handle)
    if (!course) continue
    for (const s of c.sessions ?? []) {
      if ((await school.listWorkshopSessions({ course_id: course.id, title: s.title }, { select: ["id"] })).length)
        continue
      log(`skill school: workshop "${s.title}"`)
      const starts_at = istAt(s.in_days, s.starts_ist)
      await createSessionWorkflow(container).run({
        input: {
          session: {
            course_id: course.id,
            title: s.title,
            starts_at,
            ends_at: new Date(+starts_at + s.hours * HOUR),
            timezone: "Asia/Kolkata",
            mode: s.mode,
            place: s.place ?? null,
            online_url: s.online_url ?? null,
            language: s.language,
            seat_limit: s.seat_limit,
          },
          course: { title: course.title, handle: course.handle },
          prices: s.prices,
        },
      })
    }
  }
}
