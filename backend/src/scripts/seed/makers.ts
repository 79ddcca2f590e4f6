import type { CategoryHandle, Localized } from "./catalogue"

/**
 * The demo makers: Dharavi workshops and artisans who sell the demo catalogue. Each owns the
 * products listed; Asha, a digi-preneur, manages three of them.
 */
export type DemoMaker = {
  handle: string
  name: string
  kind: "artisan" | "workshop"
  crafts: string[]
  area: string
  category: CategoryHandle
  story: Localized
  owner: { name: string; email: string; phone: string }
  products: string[]
  managedByDigipreneur?: boolean
}

export const DEMO_SELLER_PASSWORD = process.env.SEED_SELLER_PASSWORD || "dharavi-seller"

export const DIGIPRENEUR = {
  name: "Asha Patil",
  email: "asha@dharavi.local",
  phone: "+91 98190 40001",
  revenue_share: 5,
}

export const MAKERS: DemoMaker[] = [
  {
    handle: "imran-leather-works",
    name: "Imran Leather Works",
    kind: "workshop",
    crafts: ["leather"],
    area: "Dharavi Main Road",
    category: "leather-goods",
    story: {
      en: "Imran's father cut leather for export houses for thirty years. Now the family workshop of six karigars sells its own bags under its own name.",
      hi: "इमरान के पिता ने तीस साल तक एक्सपोर्ट हाउस के लिए चमड़ा काटा। अब छह कारीगरों की यह पारिवारिक वर्कशॉप अपने नाम से बैग बेचती है।",
      mr: "इमरानच्या वडिलांनी तीस वर्षे निर्यात कंपन्यांसाठी चामडे कापले. आता सहा कारागिरांची ही कौटुंबिक कार्यशाळा स्वतःच्या नावाने बॅगा विकते.",
    },
    owner: { name: "Imran Shaikh", email: "imran@dharavi.local", phone: "+91 98190 10001" },
    products: ["dharavi-leather-laptop-bag", "leather-tote", "leather-duffel"],
  },
  {
    handle: "sadiq-small-leather",
    name: "Sadiq Small Leather",
    kind: "artisan",
    crafts: ["leather"],
    area: "Kala Killa",
    category: "leather-goods",
    story: {
      en: "Sadiq works alone at a bench by the window, stitching wallets and belts by hand with waxed thread.",
      hi: "सादिक खिड़की के पास अपनी बेंच पर अकेले काम करते हैं और मोम लगे धागे से हाथ से बटुए और बेल्ट सिलते हैं।",
      mr: "सादिक खिडकीजवळच्या बाकावर एकटे काम करतात आणि मेण लावलेल्या धाग्याने हाताने पाकिटे व पट्टे शिवतात.",
    },
    owner: { name: "Sadiq Ansari", email: "sadiq@dharavi.local", phone: "+91 98190 10002" },
    products: ["bifold-wallet", "hand-stitched-belt", "passport-cover", "kolhapuri-style-chappal"],
    managedByDigipreneur: true,
  },
  {
    handle: "kumbharwada-pottery",
    name: "Prajapati Pottery, Kumbharwada",
    kind: "workshop",
    crafts: ["pottery"],
    area: "Kumbharwada",
    category: "pottery",
    story: {
      en: "The Prajapati family came from Saurashtra generations ago and still fires its kiln in the lanes of Kumbharwada.",
      hi: "प्रजापति परिवार पीढ़ियों पहले सौराष्ट्र से आया था और आज भी कुंभारवाड़ा की गलियों में अपनी भट्ठी जलाता है।",
      mr: "प्रजापती कुटुंब पिढ्यांपूर्वी सौराष्ट्रातून आले आणि आजही कुंभारवाड्याच्या गल्ल्यांत भट्टी पेटवते.",
    },
    owner: { name: "Ramesh Prajapati", email: "ramesh@dharavi.local", phone: "+91 98190 10003" },
    products: ["kumbharwada-matka", "diwali-diya-set", "terracotta-planter", "kulhad-chai-cups"],
  },
  {
    handle: "lakshmi-clay-studio",
    name: "Lakshmi Clay Studio",
    kind: "artisan",
    crafts: ["pottery", "lighting"],
    area: "Kumbharwada",
    category: "pottery",
    story: {
      en: "Lakshmi trained with her grandmother and now makes glazed stoneware and pierced clay lamps for city homes.",
      hi: "लक्ष्मी ने अपनी दादी से सीखा और अब शहर के घरों के लिए ग्लेज़्ड बर्तन और जालीदार मिट्टी के लैंप बनाती हैं।",
      mr: "लक्ष्मी आजीकडून शिकल्या आणि आता शहरातील घरांसाठी ग्लेझ्ड भांडी व जाळीदार मातीचे दिवे बनवतात.",
    },
    owner: { name: "Lakshmi Prajapati", email: "lakshmi@dharavi.local", phone: "+91 98190 10004" },
    products: ["clay-hanging-lamp", "glazed-serving-bowl"],
    managedByDigipreneur: true,
  },
  {
    handle: "noor-zari-karkhana",
    name: "Noor Zari Karkhana",
    kind: "workshop",
    crafts: ["zari", "embroidery"],
    area: "Transit Camp",
    category: "embroidery-zari",
    story: {
      en: "Twelve karigars from Bihar and UP sit at the adda frames of this karkhana, working gold and silver zari by hand.",
      hi: "बिहार और यूपी के बारह कारीगर इस कारखाने में अड्डे पर बैठकर हाथ से सोने-चाँदी की ज़री का काम करते हैं।",
      mr: "बिहार आणि उत्तर प्रदेशातील बारा कारागीर या कारखान्यात अड्ड्यावर बसून हाताने सोन्या-चांदीचे जरीकाम करतात.",
    },
    owner: { name: "Noor Mohammed", email: "noor@dharavi.local", phone: "+91 98190 10005" },
    products: ["zari-clutch", "zardozi-cushion-cover", "zari-table-runner", "embroidered-potli"],
  },
  {
    handle: "salma-aari-work",
    name: "Salma Aari Work",
    kind: "artisan",
    crafts: ["embroidery"],
    area: "Social Nagar",
    category: "embroidery-zari",
    story: {
      en: "Salma embroiders at home between school runs; her aari chain-stitch borders used to reach shops only through an agent.",
      hi: "सलमा बच्चों को स्कूल छोड़ने-लाने के बीच घर पर कढ़ाई करती हैं; पहले उनका आरी का काम सिर्फ़ दलाल के ज़रिए दुकानों तक पहुँचता था।",
      mr: "सलमा मुलांना शाळेत ने-आण करण्याच्या मधल्या वेळेत घरी भरतकाम करतात; आधी त्यांचे आरी काम फक्त दलालामार्फत दुकानांपर्यंत पोहोचायचे.",
    },
    owner: { name: "Salma Khan", email: "salma@dharavi.local", phone: "+91 98190 10006" },
    products: ["aari-work-dupatta", "hand-embroidered-wall-hanging"],
    managedByDigipreneur: true,
  },
  {
    handle: "dharavi-tailoring-unit",
    name: "Dharavi Tailoring Unit",
    kind: "workshop",
    crafts: ["tailoring", "garments"],
    area: "90 Feet Road",
    category: "garments",
    story: {
      en: "Twenty machines, two shifts: this unit stitched for export brands and now sells its own kurtas, shirts and jackets.",
      hi: "बीस मशीनें, दो शिफ़्ट: यह यूनिट एक्सपोर्ट ब्रांडों के लिए सिलाई करती थी और अब अपने कुर्ते, शर्ट और जैकेट बेचती है।",
      mr: "वीस यंत्रे, दोन पाळ्या: हे युनिट निर्यात ब्रँडसाठी शिवणकाम करायचे आणि आता स्वतःचे कुर्ते, शर्ट व जॅकेट विकते.",
    },
    owner: { name: "Suresh Yadav", email: "suresh@dharavi.local", phone: "+91 98190 10007" },
    products: ["khadi-kurta", "block-print-shirt", "denim-jacket", "cotton-saree-blouse", "kids-frock", "work-apron"],
  },
  {
    handle: "13th-compound-recyclers",
    name: "13th Compound Recyclers",
    kind: "workshop",
    crafts: ["recycling", "upcycling"],
    area: "13th Compound",
    category: "recycled-goods",
    story: {
      en: "Dharavi recycles much of Mumbai's waste. This cooperative turns sorted plastic, paper, rubber, glass and cans into things people keep.",
      hi: "धारावी मुंबई का बहुत सारा कचरा रीसायकल करती है। यह सहकारी संस्था छँटे हुए प्लास्टिक, काग़ज़, रबर, काँच और कैन से काम की चीज़ें बनाती है।",
      mr: "धारावी मुंबईचा बराचसा कचरा पुनर्वापरात आणते. ही सहकारी संस्था वर्गीकृत प्लास्टिक, कागद, रबर, काच आणि डब्यांपासून उपयोगी वस्तू बनवते.",
    },
    owner: { name: "Meena Waghmare", email: "meena@dharavi.local", phone: "+91 98190 10008" },
    products: [
      "tyre-tube-wallet",
      "recycled-plastic-basket",
      "newspaper-pencil-box",
      "sari-rag-rug",
      "cement-bag-tote",
      "glass-bottle-lamp",
      "aluminium-can-coasters",
    ],
  },
]
