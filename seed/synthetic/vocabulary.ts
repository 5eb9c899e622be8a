// Fixed word lists for the synthetic dataset: countries, international bodies, topics and the
// phrases commitments are made of. Names of people come from @faker-js/faker's locales (see
// names.ts); everything here is plain data so the output depends only on the seed.

/** How a country's people are named: a faker locale, or one of the romanized lists in names.ts. */
export type NameStyle =
  | "en_US"
  | "en_GB"
  | "en_AU"
  | "en_CA"
  | "en_IN"
  | "en_NG"
  | "en_GH"
  | "af_ZA"
  | "de"
  | "fr"
  | "es"
  | "es_MX"
  | "it"
  | "nl"
  | "pl"
  | "pt_BR"
  | "pt_PT"
  | "sv"
  | "nb_NO"
  | "da"
  | "fi"
  | "tr"
  | "vi"
  | "id_ID"
  | "ro"
  | "cs_CZ"
  | "sk"
  | "hu"
  | "hr"
  | "sl_SI"
  | "lv"
  | "az"
  | "yo_NG"
  | "zu_ZA"
  | "korean"
  | "thai"
  | "arabic"
  | "russian"
  | "mongolian"
  | "khmer"
  | "malay"
  | "filipino"
  | "greek"
  | "hebrew"
  | "south_asian"
  | "east_african";

export interface CountrySpec {
  /** ISO 3166-1 alpha-2, lower case: the country's slug. */
  code: string;
  name: string;
  /** Adjective used in organization and series names ("Norwegian Armed Forces"). */
  adjective: string;
  capital: string;
  names: NameStyle;
  /** How active in diplomacy: weights who meets whom. */
  weight: number;
  /** A non-Latin rendering of the capital, printed in some releases (exercises code-point offsets). */
  nativeCapital?: string;
}

/**
 * Most active first, so that small scales use the busiest countries. None of the seed's
 * countries (jp, cn, ss, sd, ht) is here: the generator reuses those rows as they are.
 */
export const COUNTRIES: CountrySpec[] = [
  { code: "us", name: "United States", adjective: "U.S.", capital: "Washington, D.C.", names: "en_US", weight: 10 },
  {
    code: "kr",
    name: "Republic of Korea",
    adjective: "Korean",
    capital: "Seoul",
    names: "korean",
    weight: 8,
    nativeCapital: "서울",
  },
  { code: "au", name: "Australia", adjective: "Australian", capital: "Canberra", names: "en_AU", weight: 7 },
  {
    code: "in",
    name: "India",
    adjective: "Indian",
    capital: "New Delhi",
    names: "en_IN",
    weight: 7,
    nativeCapital: "नई दिल्ली",
  },
  { code: "gb", name: "United Kingdom", adjective: "British", capital: "London", names: "en_GB", weight: 7 },
  { code: "fr", name: "France", adjective: "French", capital: "Paris", names: "fr", weight: 6 },
  { code: "de", name: "Germany", adjective: "German", capital: "Berlin", names: "de", weight: 6 },
  { code: "id", name: "Indonesia", adjective: "Indonesian", capital: "Jakarta", names: "id_ID", weight: 6 },
  { code: "ph", name: "Philippines", adjective: "Philippine", capital: "Manila", names: "filipino", weight: 5 },
  { code: "vn", name: "Viet Nam", adjective: "Vietnamese", capital: "Hà Nội", names: "vi", weight: 5 },
  {
    code: "th",
    name: "Thailand",
    adjective: "Thai",
    capital: "Bangkok",
    names: "thai",
    weight: 5,
    nativeCapital: "กรุงเทพมหานคร",
  },
  { code: "my", name: "Malaysia", adjective: "Malaysian", capital: "Kuala Lumpur", names: "malay", weight: 5 },
  {
    code: "sg",
    name: "Singapore",
    adjective: "Singaporean",
    capital: "Singapore",
    names: "malay",
    weight: 5,
    nativeCapital: "新加坡",
  },
  { code: "ca", name: "Canada", adjective: "Canadian", capital: "Ottawa", names: "en_CA", weight: 4 },
  { code: "it", name: "Italy", adjective: "Italian", capital: "Rome", names: "it", weight: 4 },
  { code: "es", name: "Spain", adjective: "Spanish", capital: "Madrid", names: "es", weight: 4 },
  { code: "nl", name: "Netherlands", adjective: "Dutch", capital: "The Hague", names: "nl", weight: 4 },
  { code: "pl", name: "Poland", adjective: "Polish", capital: "Warsaw", names: "pl", weight: 4 },
  { code: "tr", name: "Türkiye", adjective: "Turkish", capital: "Ankara", names: "tr", weight: 4 },
  { code: "br", name: "Brazil", adjective: "Brazilian", capital: "Brasília", names: "pt_BR", weight: 4 },
  { code: "mx", name: "Mexico", adjective: "Mexican", capital: "Mexico City", names: "es_MX", weight: 3 },
  { code: "no", name: "Norway", adjective: "Norwegian", capital: "Oslo", names: "nb_NO", weight: 3 },
  { code: "se", name: "Sweden", adjective: "Swedish", capital: "Stockholm", names: "sv", weight: 3 },
  { code: "fi", name: "Finland", adjective: "Finnish", capital: "Helsinki", names: "fi", weight: 3 },
  { code: "dk", name: "Denmark", adjective: "Danish", capital: "Copenhagen", names: "da", weight: 3 },
  { code: "nz", name: "New Zealand", adjective: "New Zealand", capital: "Wellington", names: "en_AU", weight: 3 },
  {
    code: "mn",
    name: "Mongolia",
    adjective: "Mongolian",
    capital: "Ulaanbaatar",
    names: "mongolian",
    weight: 3,
    nativeCapital: "Улаанбаатар",
  },
  {
    code: "kh",
    name: "Cambodia",
    adjective: "Cambodian",
    capital: "Phnom Penh",
    names: "khmer",
    weight: 3,
    nativeCapital: "ភ្នំពេញ",
  },
  { code: "la", name: "Lao PDR", adjective: "Lao", capital: "Vientiane", names: "thai", weight: 2 },
  { code: "mm", name: "Myanmar", adjective: "Myanmar", capital: "Naypyidaw", names: "thai", weight: 2 },
  { code: "bd", name: "Bangladesh", adjective: "Bangladeshi", capital: "Dhaka", names: "south_asian", weight: 2 },
  { code: "pk", name: "Pakistan", adjective: "Pakistani", capital: "Islamabad", names: "south_asian", weight: 2 },
  { code: "lk", name: "Sri Lanka", adjective: "Sri Lankan", capital: "Colombo", names: "south_asian", weight: 2 },
  { code: "np", name: "Nepal", adjective: "Nepali", capital: "Kathmandu", names: "south_asian", weight: 2 },
  {
    code: "sa",
    name: "Saudi Arabia",
    adjective: "Saudi",
    capital: "Riyadh",
    names: "arabic",
    weight: 3,
    nativeCapital: "الرياض",
  },
  { code: "ae", name: "United Arab Emirates", adjective: "Emirati", capital: "Abu Dhabi", names: "arabic", weight: 3 },
  { code: "qa", name: "Qatar", adjective: "Qatari", capital: "Doha", names: "arabic", weight: 2 },
  { code: "eg", name: "Egypt", adjective: "Egyptian", capital: "Cairo", names: "arabic", weight: 2 },
  { code: "za", name: "South Africa", adjective: "South African", capital: "Pretoria", names: "af_ZA", weight: 2 },
  { code: "ng", name: "Nigeria", adjective: "Nigerian", capital: "Abuja", names: "en_NG", weight: 2 },
  { code: "ke", name: "Kenya", adjective: "Kenyan", capital: "Nairobi", names: "east_african", weight: 2 },
  { code: "et", name: "Ethiopia", adjective: "Ethiopian", capital: "Addis Ababa", names: "east_african", weight: 2 },
  { code: "ar", name: "Argentina", adjective: "Argentine", capital: "Buenos Aires", names: "es", weight: 2 },
  { code: "cl", name: "Chile", adjective: "Chilean", capital: "Santiago", names: "es", weight: 2 },
  { code: "pe", name: "Peru", adjective: "Peruvian", capital: "Lima", names: "es", weight: 2 },
  { code: "co", name: "Colombia", adjective: "Colombian", capital: "Bogotá", names: "es", weight: 2 },
  { code: "ua", name: "Ukraine", adjective: "Ukrainian", capital: "Kyiv", names: "russian", weight: 2 },
  { code: "ro", name: "Romania", adjective: "Romanian", capital: "Bucharest", names: "ro", weight: 2 },
  { code: "cz", name: "Czechia", adjective: "Czech", capital: "Prague", names: "cs_CZ", weight: 2 },
  { code: "hu", name: "Hungary", adjective: "Hungarian", capital: "Budapest", names: "hu", weight: 2 },
  {
    code: "gr",
    name: "Greece",
    adjective: "Greek",
    capital: "Athens",
    names: "greek",
    weight: 2,
    nativeCapital: "Αθήνα",
  },
  { code: "pt", name: "Portugal", adjective: "Portuguese", capital: "Lisbon", names: "pt_PT", weight: 2 },
  { code: "be", name: "Belgium", adjective: "Belgian", capital: "Brussels", names: "nl", weight: 2 },
  { code: "at", name: "Austria", adjective: "Austrian", capital: "Vienna", names: "de", weight: 1 },
  { code: "ch", name: "Switzerland", adjective: "Swiss", capital: "Bern", names: "de", weight: 1 },
  { code: "ie", name: "Ireland", adjective: "Irish", capital: "Dublin", names: "en_GB", weight: 1 },
  { code: "il", name: "Israel", adjective: "Israeli", capital: "Jerusalem", names: "hebrew", weight: 2 },
  { code: "jo", name: "Jordan", adjective: "Jordanian", capital: "Amman", names: "arabic", weight: 1 },
  { code: "ma", name: "Morocco", adjective: "Moroccan", capital: "Rabat", names: "arabic", weight: 1 },
  { code: "dz", name: "Algeria", adjective: "Algerian", capital: "Algiers", names: "arabic", weight: 1 },
  { code: "tn", name: "Tunisia", adjective: "Tunisian", capital: "Tunis", names: "arabic", weight: 1 },
  { code: "gh", name: "Ghana", adjective: "Ghanaian", capital: "Accra", names: "en_GH", weight: 1 },
  { code: "sn", name: "Senegal", adjective: "Senegalese", capital: "Dakar", names: "fr", weight: 1 },
  { code: "tz", name: "Tanzania", adjective: "Tanzanian", capital: "Dodoma", names: "east_african", weight: 1 },
  { code: "ug", name: "Uganda", adjective: "Ugandan", capital: "Kampala", names: "east_african", weight: 1 },
  { code: "rw", name: "Rwanda", adjective: "Rwandan", capital: "Kigali", names: "east_african", weight: 1 },
  { code: "kz", name: "Kazakhstan", adjective: "Kazakh", capital: "Astana", names: "russian", weight: 1 },
  { code: "uz", name: "Uzbekistan", adjective: "Uzbek", capital: "Tashkent", names: "russian", weight: 1 },
  { code: "az", name: "Azerbaijan", adjective: "Azerbaijani", capital: "Baku", names: "az", weight: 1 },
  {
    code: "bn",
    name: "Brunei Darussalam",
    adjective: "Bruneian",
    capital: "Bandar Seri Begawan",
    names: "malay",
    weight: 1,
  },
  { code: "tl", name: "Timor-Leste", adjective: "Timorese", capital: "Dili", names: "pt_PT", weight: 1 },
  { code: "fj", name: "Fiji", adjective: "Fijian", capital: "Suva", names: "en_AU", weight: 1 },
  {
    code: "pg",
    name: "Papua New Guinea",
    adjective: "Papua New Guinean",
    capital: "Port Moresby",
    names: "en_AU",
    weight: 1,
  },
  { code: "ee", name: "Estonia", adjective: "Estonian", capital: "Tallinn", names: "fi", weight: 1 },
  { code: "lv", name: "Latvia", adjective: "Latvian", capital: "Riga", names: "lv", weight: 1 },
  { code: "sk", name: "Slovakia", adjective: "Slovak", capital: "Bratislava", names: "sk", weight: 1 },
  { code: "si", name: "Slovenia", adjective: "Slovenian", capital: "Ljubljana", names: "sl_SI", weight: 1 },
  { code: "hr", name: "Croatia", adjective: "Croatian", capital: "Zagreb", names: "hr", weight: 1 },
];

/** International bodies; each gets the sub-bodies listed (missions, offices). */
export interface InternationalSpec {
  key: string;
  name: string;
  acronym: string;
  kind: "INTERNATIONAL_ORGANIZATION" | "MULTILATERAL_FORUM";
  children: Array<{
    key: string;
    name: string;
    acronym?: string;
    kind: "PEACEKEEPING_MISSION" | "OTHER" | "DIPLOMATIC_MISSION";
  }>;
}

export const INTERNATIONAL: InternationalSpec[] = [
  {
    key: "african-union",
    name: "African Union",
    acronym: "AU",
    kind: "INTERNATIONAL_ORGANIZATION",
    children: [
      {
        key: "au-mission-somalia",
        name: "African Union Transition Mission in Somalia",
        acronym: "ATMIS",
        kind: "PEACEKEEPING_MISSION",
      },
      { key: "au-peace-security-council", name: "Peace and Security Council", acronym: "PSC", kind: "OTHER" },
    ],
  },
  {
    key: "nato",
    name: "North Atlantic Treaty Organization",
    acronym: "NATO",
    kind: "INTERNATIONAL_ORGANIZATION",
    children: [
      { key: "nato-kfor", name: "Kosovo Force", acronym: "KFOR", kind: "PEACEKEEPING_MISSION" },
      { key: "nato-international-staff", name: "NATO International Staff", kind: "OTHER" },
    ],
  },
  {
    key: "asean",
    name: "Association of Southeast Asian Nations",
    acronym: "ASEAN",
    kind: "INTERNATIONAL_ORGANIZATION",
    children: [
      { key: "asean-secretariat", name: "ASEAN Secretariat", kind: "OTHER" },
      {
        key: "asean-coordinating-centre-aha",
        name: "ASEAN Coordinating Centre for Humanitarian Assistance",
        acronym: "AHA Centre",
        kind: "OTHER",
      },
    ],
  },
  {
    key: "european-union",
    name: "European Union",
    acronym: "EU",
    kind: "INTERNATIONAL_ORGANIZATION",
    children: [
      {
        key: "eunavfor-atalanta",
        name: "EU Naval Force Operation Atalanta",
        acronym: "EUNAVFOR",
        kind: "PEACEKEEPING_MISSION",
      },
      { key: "eu-external-action-service", name: "European External Action Service", acronym: "EEAS", kind: "OTHER" },
    ],
  },
  {
    key: "osce",
    name: "Organization for Security and Co-operation in Europe",
    acronym: "OSCE",
    kind: "INTERNATIONAL_ORGANIZATION",
    children: [
      {
        key: "osce-special-monitoring-mission",
        name: "OSCE Special Monitoring Mission",
        acronym: "SMM",
        kind: "PEACEKEEPING_MISSION",
      },
      { key: "osce-conflict-prevention-centre", name: "Conflict Prevention Centre", acronym: "CPC", kind: "OTHER" },
    ],
  },
  {
    key: "icrc",
    name: "International Committee of the Red Cross",
    acronym: "ICRC",
    kind: "INTERNATIONAL_ORGANIZATION",
    children: [
      { key: "icrc-delegation-geneva", name: "ICRC Delegation for Multilateral Affairs", kind: "DIPLOMATIC_MISSION" },
      { key: "icrc-central-tracing-agency", name: "Central Tracing Agency", kind: "OTHER" },
    ],
  },
  {
    key: "shangri-la-dialogue",
    name: "Shangri-La Dialogue",
    acronym: "SLD",
    kind: "MULTILATERAL_FORUM",
    children: [
      { key: "shangri-la-dialogue-secretariat", name: "Shangri-La Dialogue Secretariat", kind: "OTHER" },
      { key: "shangri-la-dialogue-working-group", name: "Shangri-La Dialogue Maritime Working Group", kind: "OTHER" },
    ],
  },
  {
    key: "western-pacific-naval-symposium",
    name: "Western Pacific Naval Symposium",
    acronym: "WPNS",
    kind: "MULTILATERAL_FORUM",
    children: [
      { key: "wpns-workshop", name: "WPNS Workshop", kind: "OTHER" },
      { key: "wpns-secretariat", name: "WPNS Secretariat", kind: "OTHER" },
    ],
  },
  {
    key: "indian-ocean-naval-symposium",
    name: "Indian Ocean Naval Symposium",
    acronym: "IONS",
    kind: "MULTILATERAL_FORUM",
    children: [
      { key: "ions-working-group-hadr", name: "IONS Working Group on HADR", kind: "OTHER" },
      { key: "ions-secretariat", name: "IONS Secretariat", kind: "OTHER" },
    ],
  },
  {
    key: "pacific-islands-forum",
    name: "Pacific Islands Forum",
    acronym: "PIF",
    kind: "INTERNATIONAL_ORGANIZATION",
    children: [
      {
        key: "pif-regional-assistance-mission",
        name: "Regional Assistance Mission",
        acronym: "RAMSI",
        kind: "PEACEKEEPING_MISSION",
      },
      { key: "pif-secretariat", name: "Pacific Islands Forum Secretariat", kind: "OTHER" },
    ],
  },
];

/** Synthetic UN missions placed under the seed's "united-nations" organization when it exists. */
export const UN_MISSIONS = [
  { key: "unifil", name: "United Nations Interim Force in Lebanon", acronym: "UNIFIL" },
  { key: "unmogip", name: "United Nations Military Observer Group in India and Pakistan", acronym: "UNMOGIP" },
  { key: "undof", name: "United Nations Disengagement Observer Force", acronym: "UNDOF" },
];

/** The organization tree built for every synthetic country. */
export interface OrgTemplate {
  key: string;
  kind: "GOVERNMENT" | "MINISTRY" | "BUREAU" | "ARMED_FORCES" | "MILITARY_STAFF" | "DIPLOMATIC_MISSION";
  name: (c: CountrySpec) => string;
  acronym?: string;
  parent?: string;
  /** Titles held in it, most senior first. */
  titles: string[];
}

export const ORG_TEMPLATES: OrgTemplate[] = [
  {
    key: "government",
    kind: "GOVERNMENT",
    name: (c) => `Government of ${c.name}`,
    titles: ["Prime Minister", "Deputy Prime Minister", "Chief Cabinet Secretary", "National Security Adviser"],
  },
  {
    key: "mofa",
    kind: "MINISTRY",
    name: (c) => `Ministry of Foreign Affairs of ${c.name}`,
    acronym: "MFA",
    parent: "government",
    titles: [
      "Foreign Minister",
      "Vice-Minister for Foreign Affairs",
      "State Secretary for Foreign Affairs",
      "Spokesperson",
    ],
  },
  {
    key: "mofa-asia",
    kind: "BUREAU",
    name: (c) => `${c.adjective} Bureau of Asian and Pacific Affairs`,
    parent: "mofa",
    titles: [
      "Director-General of the Bureau of Asian and Pacific Affairs",
      "Deputy Director-General for Asian Affairs",
      "Director of the Northeast Asia Division",
    ],
  },
  {
    key: "mofa-europe",
    kind: "BUREAU",
    name: (c) => `${c.adjective} Bureau of European Affairs`,
    parent: "mofa",
    titles: ["Director-General of the Bureau of European Affairs", "Deputy Director-General for European Affairs"],
  },
  {
    key: "mofa-multilateral",
    kind: "BUREAU",
    name: (c) => `${c.adjective} Bureau of International Cooperation`,
    parent: "mofa",
    titles: ["Director-General for International Cooperation", "Director of the United Nations Policy Division"],
  },
  {
    key: "mod",
    kind: "MINISTRY",
    name: (c) => `Ministry of Defense of ${c.name}`,
    acronym: "MOD",
    parent: "government",
    titles: [
      "Defense Minister",
      "Administrative Vice-Minister of Defense",
      "State Minister of Defense",
      "Parliamentary Vice-Minister of Defense",
    ],
  },
  {
    key: "mod-policy",
    kind: "BUREAU",
    name: (c) => `${c.adjective} Bureau of Defense Policy`,
    parent: "mod",
    titles: [
      "Director General of the Bureau of Defense Policy",
      "Deputy Director General for Defense Policy",
      "Director of the International Policy Division",
    ],
  },
  {
    key: "mod-operations",
    kind: "BUREAU",
    name: (c) => `${c.adjective} Bureau of Operational Policy`,
    parent: "mod",
    titles: ["Director General of the Bureau of Operational Policy", "Director of the Operations Division"],
  },
  {
    key: "mod-cooperation",
    kind: "BUREAU",
    name: (c) => `${c.adjective} Bureau of International Defense Cooperation`,
    parent: "mod",
    titles: ["Director General for International Defense Cooperation", "Director of the Capacity Building Division"],
  },
  {
    key: "forces",
    kind: "ARMED_FORCES",
    name: (c) => `${c.adjective} Armed Forces`,
    parent: "mod",
    titles: ["Commander of the Armed Forces", "Deputy Commander of the Armed Forces"],
  },
  {
    key: "joint-staff",
    kind: "MILITARY_STAFF",
    name: (c) => `${c.adjective} Joint Staff`,
    parent: "forces",
    titles: [
      "Chief of the Joint Staff",
      "Deputy Chief of Staff of the Joint Staff",
      "Director of Operations, Joint Staff",
    ],
  },
  {
    key: "army",
    kind: "ARMED_FORCES",
    name: (c) => `${c.adjective} Army`,
    parent: "forces",
    titles: ["Chief of Staff of the Army", "Commanding General, Army Engineers", "Commander, Western Army"],
  },
  {
    key: "navy",
    kind: "ARMED_FORCES",
    name: (c) => `${c.adjective} Navy`,
    parent: "forces",
    titles: ["Chief of Naval Operations", "Commander of the Fleet", "Commander, Maritime Security Group"],
  },
  {
    key: "air-force",
    kind: "ARMED_FORCES",
    name: (c) => `${c.adjective} Air Force`,
    parent: "forces",
    titles: ["Chief of Staff of the Air Force", "Commander, Air Defense Command"],
  },
];

/** Every synthetic country also gets this many embassies (to other synthetic countries). */
export const EMBASSIES_PER_COUNTRY = 2;
export const EMBASSY_TITLES = ["Ambassador", "Deputy Chief of Mission", "Defense Attaché", "Military attaché"];

export const INTERNATIONAL_TITLES: Record<string, string[]> = {
  INTERNATIONAL_ORGANIZATION: [
    "Secretary-General",
    "Deputy Secretary-General",
    "Assistant Secretary-General for Political Affairs",
    "Director of the Office of the Secretary-General",
  ],
  MULTILATERAL_FORUM: ["Chair", "Co-Chair", "Executive Director"],
  PEACEKEEPING_MISSION: [
    "Force Commander",
    "Special Representative",
    "Head of Mission",
    "Chief of Staff of the Mission",
  ],
  OTHER: ["Director", "Deputy Director", "Senior Adviser"],
  DIPLOMATIC_MISSION: ["Head of Delegation", "Deputy Head of Delegation"],
};

/** Synthetic topics, in addition to the seed's. */
export const TOPICS: Array<{ key: string; name: string; object: string }> = [
  { key: "maritime-security", name: "Maritime security and freedom of navigation", object: "maritime security" },
  { key: "counter-piracy", name: "Counter-piracy operations", object: "counter-piracy operations" },
  {
    key: "humanitarian-assistance",
    name: "Humanitarian assistance and disaster relief",
    object: "humanitarian assistance and disaster relief",
  },
  {
    key: "peacekeeping-training",
    name: "Peacekeeping training and capacity building",
    object: "peacekeeping training",
  },
  {
    key: "defense-equipment",
    name: "Defense equipment and technology cooperation",
    object: "defense equipment and technology cooperation",
  },
  { key: "cyber-security", name: "Cyber security", object: "cyber security" },
  { key: "space-security", name: "Space security and situational awareness", object: "space situational awareness" },
  {
    key: "nonproliferation",
    name: "Non-proliferation and export control",
    object: "non-proliferation and export control",
  },
  { key: "mine-clearance", name: "Demining and unexploded ordnance clearance", object: "demining" },
  { key: "military-medicine", name: "Military medicine", object: "military medicine" },
  { key: "search-and-rescue", name: "Search and rescue at sea", object: "search and rescue at sea" },
  { key: "climate-security", name: "Climate change and security", object: "climate security" },
  { key: "counter-terrorism", name: "Counter-terrorism", object: "counter-terrorism" },
  {
    key: "arms-control",
    name: "Arms control and confidence-building measures",
    object: "confidence-building measures",
  },
  {
    key: "education-exchanges",
    name: "Defense education and personnel exchanges",
    object: "personnel exchanges between defense academies",
  },
  {
    key: "logistics-agreement",
    name: "Acquisition and cross-servicing agreements",
    object: "an acquisition and cross-servicing agreement",
  },
  { key: "information-security", name: "Information security agreements", object: "an information security agreement" },
  { key: "joint-exercises", name: "Joint exercises", object: "joint exercises" },
  { key: "port-calls", name: "Port calls and ship visits", object: "port calls by naval vessels" },
  { key: "border-management", name: "Border management", object: "border management" },
  { key: "energy-security", name: "Energy security", object: "energy security" },
  { key: "pandemic-response", name: "Pandemic response", object: "pandemic response" },
  { key: "hotline", name: "Defense hotlines and communication mechanisms", object: "a defense hotline" },
  {
    key: "regional-architecture",
    name: "Regional security architecture",
    object: "the regional security architecture",
  },
];

/** What a commitment asks, promises or agrees to: "{topic}" is the commitment's topic object. */
export const ACTIONS = [
  "expand cooperation on {topic}",
  "hold working-level consultations on {topic} within the year",
  "exchange information on {topic}",
  "dispatch liaison officers to coordinate on {topic}",
  "send a delegation to observe the next exercise on {topic}",
  "establish a joint working group on {topic}",
  "provide training for officers engaged in {topic}",
  "share lessons learned on {topic}",
  "co-host a seminar on {topic}",
  "consider a framework agreement on {topic}",
  "increase the number of personnel exchanged for {topic}",
  "support capacity building in {topic}",
  "continue close communication on {topic}",
  "review progress on {topic} at the next meeting",
  "fund a regional program on {topic}",
];

export const CLAUSES = [
  "the matter required further study within the government",
  "it would consider the proposal positively",
  "it was prepared to begin talks at the working level",
  "domestic procedures would have to be completed first",
  "it appreciated the proposal and would respond in due course",
  "budgetary constraints made an early decision difficult",
  "it shared the view and would move forward",
  "the proposal would be discussed with the relevant ministries",
];

export const SENTIMENTS = ["appreciation", "condolences", "concern", "gratitude", "support", "congratulations"];
export const SENTIMENT_OBJECTS = [
  "the recent relief operations",
  "the victims of the earthquake",
  "the security situation in the region",
  "the contribution to peacekeeping",
  "the successful joint exercise",
  "the hospitality extended to the delegation",
  "the 50th anniversary of diplomatic relations",
];

export const DUE_TEXTS = [
  "as soon as possible",
  "by the end of the fiscal year",
  "before the next round of talks",
  "within the year",
  "at an early date",
];

export const STATUS_REASONS = {
  POSTPONED: [
    "Postponed at the request of the visiting side.",
    "Put off because of a typhoon.",
    "Postponed owing to a general election.",
    "Postponed because of a pandemic-related travel ban.",
  ],
  CANCELLED: [
    "Cancelled after a diplomatic incident.",
    "Called off because of a natural disaster.",
    "Cancelled without explanation.",
  ],
};

export const MEETING_KINDS = [
  { kind: "BILATERAL_MEETING", weight: 30, phrase: "Meeting" },
  { kind: "COURTESY_CALL", weight: 15, phrase: "Courtesy call" },
  { kind: "DEFENSE_DIALOGUE", weight: 15, phrase: "Defense dialogue" },
  { kind: "WORKING_LEVEL_TALKS", weight: 15, phrase: "Working-level talks" },
  { kind: "MINISTERIAL_VISIT", weight: 10, phrase: "Visit" },
  { kind: "MULTILATERAL_MEETING", weight: 12, phrase: "Multilateral meeting" },
  { kind: "OTHER", weight: 3, phrase: "Telephone call" },
] as const;

export const SERIES_FORMATS = [
  "{a}-{b} Defense Vice-Ministerial Meeting",
  "{a}-{b} Strategic Dialogue",
  "{a}-{b} Working-Level Talks on Maritime Affairs",
  "{a}-{b} Military Staff Talks",
];

export const PUBLISHER_SUFFIX = { mofa: "Ministry of Foreign Affairs", mod: "Ministry of Defense" };

/** Page chrome scraped with the text: never cited, but it shifts every offset after it. */
export const CHROME_LINES = [
  "📣 Follow the ministry for updates",
  "🔗 Share this page",
  "• back / • next",
  "Photo: 𝐌𝐎𝐃 archive",
];
