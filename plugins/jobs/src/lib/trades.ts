/**
 * The trades of Dharavi a karigar can list and a job post can ask for: a controlled list, so skills
 * match exactly and the storefront can show each trade in English, Hindi and Marathi.
 */

export type Names = { en: string; hi: string; mr: string }

export type Trade = { code: string; group: TradeGroup; names: Names }

export type TradeGroup = "leather" | "textile" | "pottery" | "printing" | "recycling" | "general"

export const TRADES = [
  { code: "leather_cutting", group: "leather", names: { en: "Leather cutting", hi: "चमड़ा कटाई", mr: "चामडे कापणी" } },
  {
    code: "leather_stitching",
    group: "leather",
    names: { en: "Leather stitching", hi: "चमड़ा सिलाई", mr: "चामडे शिवणकाम" },
  },
  {
    code: "leather_finishing",
    group: "leather",
    names: { en: "Leather finishing and dyeing", hi: "चमड़ा फिनिशिंग और रंगाई", mr: "चामडे फिनिशिंग आणि रंगकाम" },
  },
  {
    code: "footwear_making",
    group: "leather",
    names: { en: "Footwear making", hi: "जूते-चप्पल बनाना", mr: "पादत्राणे बनवणे" },
  },
  { code: "bag_making", group: "leather", names: { en: "Bag making", hi: "बैग बनाना", mr: "पिशव्या बनवणे" } },
  { code: "zari_embroidery", group: "textile", names: { en: "Zari embroidery", hi: "ज़री कढ़ाई", mr: "जरी भरतकाम" } },
  { code: "aari_embroidery", group: "textile", names: { en: "Aari embroidery", hi: "आरी कढ़ाई", mr: "आरी भरतकाम" } },
  {
    code: "hand_embroidery",
    group: "textile",
    names: { en: "Hand embroidery", hi: "हाथ की कढ़ाई", mr: "हाताचे भरतकाम" },
  },
  { code: "tailoring", group: "textile", names: { en: "Tailoring", hi: "सिलाई (दर्ज़ी)", mr: "शिवणकाम (शिंपी)" } },
  { code: "pattern_cutting", group: "textile", names: { en: "Pattern cutting", hi: "पैटर्न कटिंग", mr: "पॅटर्न कटिंग" } },
  {
    code: "machine_operating",
    group: "textile",
    names: { en: "Sewing machine operating", hi: "सिलाई मशीन चलाना", mr: "शिलाई मशीन चालवणे" },
  },
  {
    code: "pottery",
    group: "pottery",
    names: { en: "Pottery (wheel)", hi: "मिट्टी के बर्तन (चाक)", mr: "कुंभारकाम (चाक)" },
  },
  { code: "kiln_firing", group: "pottery", names: { en: "Kiln firing", hi: "भट्टी में पकाना", mr: "भट्टीत भाजणे" } },
  {
    code: "clay_moulding",
    group: "pottery",
    names: { en: "Clay moulding", hi: "मिट्टी की ढलाई", mr: "माती साच्यात घडवणे" },
  },
  {
    code: "screen_printing",
    group: "printing",
    names: { en: "Screen printing", hi: "स्क्रीन प्रिंटिंग", mr: "स्क्रीन प्रिंटिंग" },
  },
  { code: "block_printing", group: "printing", names: { en: "Block printing", hi: "ब्लॉक प्रिंटिंग", mr: "ब्लॉक प्रिंटिंग" } },
  {
    code: "recycling_sorting",
    group: "recycling",
    names: { en: "Recycling sorting", hi: "कबाड़ छंटाई", mr: "भंगार वर्गीकरण" },
  },
  {
    code: "plastic_processing",
    group: "recycling",
    names: { en: "Plastic grinding and processing", hi: "प्लास्टिक पिसाई", mr: "प्लास्टिक दळणे व प्रक्रिया" },
  },
  {
    code: "metal_recycling",
    group: "recycling",
    names: { en: "Metal and can recycling", hi: "धातु रीसाइक्लिंग", mr: "धातू पुनर्वापर" },
  },
  {
    code: "packing",
    group: "general",
    names: { en: "Packing and dispatch", hi: "पैकिंग और डिस्पैच", mr: "पॅकिंग आणि रवानगी" },
  },
  {
    code: "quality_checking",
    group: "general",
    names: { en: "Quality checking", hi: "गुणवत्ता जाँच", mr: "गुणवत्ता तपासणी" },
  },
  { code: "helper", group: "general", names: { en: "Workshop helper", hi: "कारखाना हेल्पर", mr: "कारखाना मदतनीस" } },
] as const satisfies readonly Trade[]

export type TradeCode = (typeof TRADES)[number]["code"]

export const TRADE_CODES = TRADES.map((t) => t.code) as [TradeCode, ...TradeCode[]]

/** Skill levels, lowest first: the order matters for matching. */
export const LEVELS = [
  { code: "learner", rank: 1, names: { en: "Learner", hi: "सीख रहे हैं", mr: "शिकाऊ" } },
  { code: "skilled", rank: 2, names: { en: "Skilled", hi: "कुशल", mr: "कुशल" } },
  { code: "master", rank: 3, names: { en: "Master (ustad)", hi: "उस्ताद", mr: "उस्ताद" } },
] as const

export type LevelCode = (typeof LEVELS)[number]["code"]

export const LEVEL_CODES = LEVELS.map((l) => l.code) as [LevelCode, ...LevelCode[]]

export const levelRank = (level: string) => LEVELS.find((l) => l.code === level)?.rank ?? 0

export const isTrade = (code: string): code is TradeCode => TRADES.some((t) => t.code === code)

export function trade(code: string): Trade | undefined {
  return TRADES.find((t) => t.code === code)
}

/** A trade's name in a language (English when the language is unknown); the code itself when the trade is. */
export function tradeName(code: string, lang: string = "en"): string {
  const found = trade(code)
  if (!found) return code
  return (found.names as Names)[lang as keyof Names] ?? found.names.en
}

/** The list as the storefront reads it: `GET /store/jobs/trades`. */
export function tradeCatalogue() {
  return {
    trades: TRADES.map((t) => ({ code: t.code, group: t.group, names: t.names })),
    levels: LEVELS.map((l) => ({ code: l.code, names: l.names })),
  }
}
