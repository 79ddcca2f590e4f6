/**
 * Hindi and Marathi words for the crafts makers, courses and jobs are tagged with, so a shopper
 * typing "चमड़ा" finds the leather workshop whose profile is written in English. Job trades
 * (leather_cutting, zari_embroidery, ...) fall under the craft their code starts or ends with.
 */
const CRAFT_WORDS: Record<string, string[]> = {
  leather: ["leather", "चमड़ा", "चमड़े", "चामडे", "चामडा"],
  pottery: ["pottery", "potter", "मिट्टी", "कुम्हार", "बर्तन", "माती", "कुंभार", "भांडी"],
  zari: ["zari", "ज़री", "जरी"],
  embroidery: ["embroidery", "कढ़ाई", "भरतकाम"],
  tailoring: ["tailoring", "tailor", "सिलाई", "दर्ज़ी", "शिवणकाम", "शिंपी"],
  garments: ["garments", "clothes", "कपड़े", "कपडे"],
  recycling: ["recycling", "recycled", "रीसाइक्लिंग", "कबाड़", "भंगार", "पुनर्वापर"],
  upcycling: ["upcycling", "upcycled", "अपसाइक्लिंग"],
  lighting: ["lighting", "lamps", "दीया", "दिवा", "लैंप"],
  printing: ["printing", "छपाई"],
  footwear: ["footwear", "shoes", "जूते", "चप्पल", "पादत्राणे"],
}

/** The words that find something tagged with these craft or trade codes. */
export function craftWords(codes: string[]): string[] {
  const out = new Set<string>()
  for (const code of codes) {
    const parts = code.toLowerCase().split(/[_\-\s]+/)
    parts.forEach((p) => out.add(p))
    for (const part of parts) for (const word of CRAFT_WORDS[part] ?? []) out.add(word)
  }
  return [...out]
}
