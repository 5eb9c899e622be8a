// People's names per country, from @faker-js/faker's seeded locales where they print Latin
// script, and from short romanized lists where faker's locale would print another script
// (English-language releases romanize names).
import * as fakerLocales from "@faker-js/faker";
import { Faker, type LocaleDefinition } from "@faker-js/faker";
import type { NameStyle } from "./vocabulary.js";

export interface NamePool {
  given: string[];
  family: string[];
  /** Family name printed first ("Nguyễn Văn An", "Kim Min-jun"). */
  familyFirst: boolean;
}

const ROMANIZED: Partial<Record<NameStyle, { given: string[]; family: string[]; familyFirst?: boolean }>> = {
  korean: {
    given: [
      "Min-jun",
      "Seo-yeon",
      "Ji-hoon",
      "Ha-eun",
      "Dong-hyun",
      "Soo-jin",
      "Jae-won",
      "Eun-ji",
      "Sung-ho",
      "Young-mi",
      "Kyung-soo",
      "Hye-jin",
    ],
    family: [
      "Kim",
      "Lee",
      "Park",
      "Choi",
      "Jung",
      "Kang",
      "Cho",
      "Yoon",
      "Jang",
      "Lim",
      "Han",
      "Oh",
      "Seo",
      "Shin",
      "Kwon",
      "Hwang",
    ],
    familyFirst: true,
  },
  thai: {
    given: [
      "Somchai",
      "Suda",
      "Prayut",
      "Anan",
      "Kittisak",
      "Malee",
      "Chaiwat",
      "Pornthip",
      "Wichai",
      "Supaporn",
      "Thanakorn",
      "Nattapong",
    ],
    family: [
      "Srisuk",
      "Chaiyaporn",
      "Wongsawat",
      "Thongdee",
      "Kaewkla",
      "Rattanakorn",
      "Boonmee",
      "Sukhum",
      "Phromma",
      "Saengthong",
    ],
  },
  arabic: {
    given: [
      "Ahmed",
      "Fatima",
      "Khalid",
      "Layla",
      "Omar",
      "Mariam",
      "Yusuf",
      "Noura",
      "Hassan",
      "Salma",
      "Faisal",
      "Hamad",
    ],
    family: [
      "Al-Rashid",
      "Al-Mansouri",
      "Haddad",
      "Al-Saud",
      "El-Sayed",
      "Al-Thani",
      "Nasser",
      "Khoury",
      "Al-Hashimi",
      "Benali",
      "Saleh",
    ],
  },
  russian: {
    given: [
      "Aleksandr",
      "Olena",
      "Dmitro",
      "Nataliya",
      "Serhiy",
      "Iryna",
      "Nurlan",
      "Aigerim",
      "Timur",
      "Oksana",
      "Rustam",
      "Yuliya",
    ],
    family: [
      "Kovalenko",
      "Shevchenko",
      "Bondarenko",
      "Tkachenko",
      "Nazarbayev",
      "Abenov",
      "Karimov",
      "Melnyk",
      "Yusupov",
      "Sydorenko",
    ],
  },
  mongolian: {
    given: ["Batbayar", "Oyunchimeg", "Ganbold", "Sarantuya", "Erdene", "Tsetseg", "Bold", "Enkhjargal"],
    family: ["Batsaikhan", "Dorj", "Tsogtbaatar", "Purevdorj", "Enkhbayar", "Ganzorig", "Altangerel", "Munkhbat"],
  },
  khmer: {
    given: ["Sokha", "Dara", "Sophea", "Vannak", "Chenda", "Rithy", "Bopha", "Sovann"],
    family: ["Sok", "Chea", "Hun", "Keo", "Meas", "Prak", "Tea", "Ouk"],
    familyFirst: true,
  },
  malay: {
    given: [
      "Ahmad",
      "Siti",
      "Mohd Faizal",
      "Nurul",
      "Hishammuddin",
      "Aminah",
      "Kamarul",
      "Zainab",
      "Wei Ming",
      "Li Hua",
    ],
    family: [
      "bin Abdullah",
      "binti Ismail",
      "bin Hussein",
      "binti Rahman",
      "bin Yusof",
      "Tan",
      "Lim",
      "Ng",
      "Goh",
      "Teo",
    ],
  },
  filipino: {
    given: ["Jose", "Maria", "Delfin", "Carmelita", "Eduardo", "Rosario", "Teodoro", "Lourdes", "Ramon", "Gilberto"],
    family: ["Santos", "Reyes", "Cruz", "Bautista", "Lorenzana", "Ocampo", "Garcia", "Mendoza", "Aquino", "Villanueva"],
  },
  greek: {
    given: ["Nikolaos", "Eleni", "Georgios", "Maria", "Konstantinos", "Dimitra", "Panagiotis", "Sofia"],
    family: ["Papadopoulos", "Dendias", "Georgiou", "Nikolaidis", "Karamanlis", "Vlachos", "Petridis", "Angelopoulos"],
  },
  hebrew: {
    given: ["Avi", "Yael", "Moshe", "Tamar", "Eitan", "Noa", "Benny", "Michal"],
    family: ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Gantz", "Azoulay"],
  },
  south_asian: {
    given: [
      "Mohammad",
      "Ayesha",
      "Rahul",
      "Shreya",
      "Imran",
      "Nadia",
      "Kamal",
      "Priyanka",
      "Tariq",
      "Sunil",
      "Anjali",
      "Bilal",
    ],
    family: [
      "Rahman",
      "Khan",
      "Perera",
      "Sharma",
      "Hossain",
      "Qureshi",
      "Fernando",
      "Thapa",
      "Chowdhury",
      "Silva",
      "Malik",
      "Shrestha",
    ],
  },
  east_african: {
    given: ["Wanjiru", "Abebe", "Amina", "Tesfaye", "Otieno", "Grace", "Yohannes", "Neema", "Kagame", "Faith"],
    family: ["Kamau", "Mekonnen", "Odhiambo", "Mwangi", "Haile", "Njoroge", "Mutua", "Bekele", "Nyerere", "Museveni"],
  },
};

const POOL_SIZE = { given: 120, family: 240 };

/** Builds every pool a country list needs, each from its own seeded faker instance. */
export function buildNamePools(styles: Iterable<NameStyle>, seed: number): Map<NameStyle, NamePool> {
  const pools = new Map<NameStyle, NamePool>();
  const locales = fakerLocales as unknown as Record<string, LocaleDefinition>;
  let stream = 0;
  for (const style of [...new Set(styles)].sort()) {
    stream++;
    const romanized = ROMANIZED[style];
    if (romanized) {
      pools.set(style, {
        given: romanized.given,
        family: romanized.family,
        familyFirst: romanized.familyFirst ?? false,
      });
      continue;
    }
    const locale = locales[style];
    if (!locale) throw new Error(`no faker locale "${style}"`);
    const faker = new Faker({ locale: [locale, fakerLocales.en, fakerLocales.base], seed: seed * 1000 + stream });
    const given = new Set<string>();
    const family = new Set<string>();
    for (let i = 0; i < POOL_SIZE.given * 3 && given.size < POOL_SIZE.given; i++) given.add(faker.person.firstName());
    for (let i = 0; i < POOL_SIZE.family * 3 && family.size < POOL_SIZE.family; i++)
      family.add(faker.person.lastName());
    pools.set(style, { given: [...given], family: [...family], familyFirst: style === "vi" || style === "hu" });
  }
  return pools;
}
