/**
 * The search plugin emits no events of its own. It listens to other plugins' events (through their
 * contracts: MarketplaceEvents, SkillSchoolEvents, JOB_BOARD_EVENTS, MakerspaceEvents) and to
 * Medusa's product and variant events, and keeps the index in step with them.
 */
export const SearchEvents = {} as const

export type SearchEventPayloads = Record<never, never>
