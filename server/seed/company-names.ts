import type { Industry, Words } from './industries';
import type { SeededRandom } from './prng';

/**
 * Makes up plausible exhibitor names in Chinese and English from word lists: Chinese firms named after
 * a region or a brand word ("华东精密机械有限公司" / "East China Precision Machinery Co., Ltd."),
 * foreign firms after a place or family name with their country's legal form.
 */

export type Country = 'CN' | 'DE' | 'JP' | 'KR' | 'US' | 'IT' | 'FR';

/** Mostly Chinese exhibitors, as at a fair in China, with a share from abroad. */
export const COUNTRY_WEIGHTS: readonly (readonly [Country, number])[] = [
  ['CN', 70],
  ['DE', 6],
  ['JP', 6],
  ['KR', 5],
  ['US', 5],
  ['IT', 4],
  ['FR', 4],
];

export interface CompanyName {
  name: Words;
  /** For the booth fascia: short enough to read from across the aisle. */
  shortName: Words;
  city: Words;
}

const CN_REGIONS: readonly Words[] = [
  { zh: '华东', en: 'East China' },
  { zh: '华南', en: 'South China' },
  { zh: '华北', en: 'North China' },
  { zh: '江南', en: 'Jiangnan' },
  { zh: '中原', en: 'Central Plains' },
  { zh: '长江', en: 'Yangtze' },
  { zh: '珠江', en: 'Pearl River' },
  { zh: '东海', en: 'Donghai' },
];

const CN_CITIES: readonly Words[] = [
  { zh: '苏州', en: 'Suzhou' },
  { zh: '深圳', en: 'Shenzhen' },
  { zh: '宁波', en: 'Ningbo' },
  { zh: '青岛', en: 'Qingdao' },
  { zh: '佛山', en: 'Foshan' },
  { zh: '杭州', en: 'Hangzhou' },
  { zh: '东莞', en: 'Dongguan' },
  { zh: '合肥', en: 'Hefei' },
  { zh: '成都', en: 'Chengdu' },
  { zh: '武汉', en: 'Wuhan' },
  { zh: '无锡', en: 'Wuxi' },
  { zh: '厦门', en: 'Xiamen' },
];

const CN_BRANDS: readonly Words[] = [
  { zh: '恒力', en: 'Hengli' },
  { zh: '远航', en: 'Yuanhang' },
  { zh: '华锐', en: 'Huarui' },
  { zh: '鼎盛', en: 'Dingsheng' },
  { zh: '金辰', en: 'Jinchen' },
  { zh: '永信', en: 'Yongxin' },
  { zh: '瑞丰', en: 'Ruifeng' },
  { zh: '天工', en: 'Tiangong' },
  { zh: '博创', en: 'Bochuang' },
  { zh: '启明', en: 'Qiming' },
  { zh: '德润', en: 'Derun' },
  { zh: '星河', en: 'Xinghe' },
  { zh: '卓越', en: 'Zhuoyue' },
  { zh: '新源', en: 'Xinyuan' },
  { zh: '联创', en: 'Lianchuang' },
  { zh: '宏达', en: 'Hongda' },
];

const CN_SUFFIXES: readonly Words[] = [
  { zh: '有限公司', en: 'Co., Ltd.' },
  { zh: '股份有限公司', en: 'Co., Ltd.' },
  { zh: '集团有限公司', en: 'Group Co., Ltd.' },
];

interface ForeignNaming {
  brands: readonly Words[];
  cities: readonly Words[];
  /** Legal form: Chinese rendering and the local suffix. */
  suffix: Words;
}

const FOREIGN: Record<Exclude<Country, 'CN'>, ForeignNaming> = {
  DE: {
    brands: [
      { zh: '莱茵兰', en: 'Rheinland' },
      { zh: '黑森林', en: 'Schwarzwald' },
      { zh: '贝格曼', en: 'Bergmann' },
      { zh: '法尔肯', en: 'Falken' },
      { zh: '霍夫曼', en: 'Hoffmann' },
    ],
    cities: [{ zh: '斯图加特', en: 'Stuttgart' }, { zh: '慕尼黑', en: 'Munich' }, { zh: '汉堡', en: 'Hamburg' }],
    suffix: { zh: '有限公司', en: 'GmbH' },
  },
  JP: {
    brands: [
      { zh: '樱花', en: 'Sakura' },
      { zh: '藤本', en: 'Fujimoto' },
      { zh: '匠心', en: 'Takumi' },
      { zh: '北辰', en: 'Hokushin' },
    ],
    cities: [{ zh: '大阪', en: 'Osaka' }, { zh: '名古屋', en: 'Nagoya' }, { zh: '东京', en: 'Tokyo' }],
    suffix: { zh: '株式会社', en: 'Co., Ltd.' },
  },
  KR: {
    brands: [
      { zh: '韩光', en: 'Hanbit' },
      { zh: '大洋', en: 'Daeyang' },
      { zh: '瑞麟', en: 'Seorin' },
    ],
    cities: [{ zh: '首尔', en: 'Seoul' }, { zh: '釜山', en: 'Busan' }],
    suffix: { zh: '株式会社', en: 'Co., Ltd.' },
  },
  US: {
    brands: [
      { zh: '湖畔', en: 'Lakeside' },
      { zh: '红杉', en: 'Redwood' },
      { zh: '峰顶', en: 'Summit' },
      { zh: '湾景', en: 'Bayview' },
    ],
    cities: [{ zh: '芝加哥', en: 'Chicago' }, { zh: '圣何塞', en: 'San Jose' }, { zh: '底特律', en: 'Detroit' }],
    suffix: { zh: '公司', en: 'Inc.' },
  },
  IT: {
    brands: [
      { zh: '托斯卡纳', en: 'Toscana' },
      { zh: '维罗纳', en: 'Verona' },
      { zh: '科莫', en: 'Como' },
    ],
    cities: [{ zh: '米兰', en: 'Milan' }, { zh: '都灵', en: 'Turin' }, { zh: '博洛尼亚', en: 'Bologna' }],
    suffix: { zh: '有限公司', en: 'S.r.l.' },
  },
  FR: {
    brands: [
      { zh: '卢米埃', en: 'Lumière' },
      { zh: '普罗旺斯', en: 'Provence' },
      { zh: '塞纳', en: 'Seine' },
    ],
    cities: [{ zh: '巴黎', en: 'Paris' }, { zh: '里昂', en: 'Lyon' }, { zh: '图卢兹', en: 'Toulouse' }],
    suffix: { zh: '公司', en: 'SAS' },
  },
};

/**
 * A company name for an exhibitor of `industry` from `country`. Names already in `taken` (by their
 * Chinese form) are avoided; the chosen one is added to it.
 */
export function makeCompanyName(random: SeededRandom, industry: Industry, country: Country, taken: Set<string>): CompanyName {
  for (let attempt = 0; attempt < 200; attempt++) {
    const candidate = country === 'CN' ? chineseName(random, industry) : foreignName(random, industry, FOREIGN[country]);
    if (!taken.has(candidate.name.zh) && !taken.has(candidate.name.en)) {
      taken.add(candidate.name.zh);
      taken.add(candidate.name.en);
      return candidate;
    }
  }
  throw new Error(`seed: ran out of ${country} company names for ${industry.id}`);
}

function chineseName(random: SeededRandom, industry: Industry): CompanyName {
  const core = random.pick(industry.companyCores);
  const suffix = random.pick(CN_SUFFIXES);
  const city = random.pick(CN_CITIES);
  const style = random.int(0, 2);
  // 0: region + core (华东精密机械有限公司); 1: brand + core; 2: city + brand + core.
  const lead = style === 0 ? random.pick(CN_REGIONS) : random.pick(CN_BRANDS);
  const zhPrefix = style === 2 ? `${city.zh}${lead.zh}` : lead.zh;
  const enPrefix = style === 2 ? `${city.en} ${lead.en}` : lead.en;
  return {
    name: { zh: `${zhPrefix}${core.zh}${suffix.zh}`, en: `${enPrefix} ${core.en} ${suffix.en}` },
    shortName: { zh: `${lead.zh}${core.shortZh}`, en: `${lead.en} ${core.shortEn}` },
    city,
  };
}

function foreignName(random: SeededRandom, industry: Industry, naming: ForeignNaming): CompanyName {
  const core = random.pick(industry.companyCores);
  const brand = random.pick(naming.brands);
  return {
    name: { zh: `${brand.zh}${core.zh}${naming.suffix.zh}`, en: `${brand.en} ${core.en} ${naming.suffix.en}` },
    shortName: { zh: `${brand.zh}${core.shortZh}`, en: `${brand.en} ${core.shortEn}` },
    city: random.pick(naming.cities),
  };
}

/** Two-paragraph-ish profile text in both languages. */
export function describeCompany(
  random: SeededRandom,
  company: CompanyName,
  industry: Industry,
  productNames: readonly Words[],
): Words {
  const founded = random.int(1988, 2019);
  const markets = random.pick([12, 20, 35, 48, 60, 80]);
  const application = random.pick(industry.applications);
  const [first, second] = productNames;
  const zhProducts = [first?.zh, second?.zh].filter(Boolean).join('、');
  const enProducts = [first?.en, second?.en].filter(Boolean).join(' and ');
  return {
    zh:
      `${company.name.zh}成立于${founded}年，总部位于${company.city.zh}，专注于${industry.zh}领域的研发、生产与服务。` +
      `主要产品包括${zhProducts}等，广泛应用于${application.zh}，产品远销${markets}个国家和地区。`,
    en:
      `Founded in ${founded} and headquartered in ${company.city.en}, ${company.name.en} designs, builds and services products for ${industry.en}. ` +
      `Its range includes ${enProducts}, used widely in ${application.en} and sold in ${markets} countries and regions.`,
  };
}
