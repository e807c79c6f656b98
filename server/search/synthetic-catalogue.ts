import type { SearchDocument } from './search-document';

/**
 * A large made-up bilingual catalogue, the size of a real fair with a generated load-test
 * catalogue, for measuring the search index. Deterministic: the same options give the same data.
 */

type Pair = readonly [zh: string, en: string];

/** [zh, en, model-code prefix, category slug] */
const KINDS: readonly (readonly [string, string, string, string])[] = [
  ['数控加工中心', 'CNC Machining Centre', 'XK', 'cnc-machines'],
  ['立式车床', 'Vertical Lathe', 'CK', 'cnc-machines'],
  ['工业机器人手臂', 'Industrial Robot Arm', 'RB', 'industrial-robots'],
  ['协作机器人', 'Collaborative Robot', 'CR', 'industrial-robots'],
  ['激光切割机', 'Laser Cutting Machine', 'LC', 'laser-equipment'],
  ['注塑机', 'Injection Moulding Machine', 'ZS', 'plastics-machinery'],
  ['空气压缩机', 'Air Compressor', 'KY', 'air-compressors'],
  ['液压机', 'Hydraulic Press', 'YJ', 'metal-forming'],
  ['智能手机', 'Smartphone', 'SP', 'consumer-electronics'],
  ['蓝牙耳机', 'Bluetooth Earbuds', 'BT', 'consumer-electronics'],
  ['平板电脑', 'Tablet Computer', 'TB', 'consumer-electronics'],
  ['锂电池组', 'Lithium Battery Pack', 'LB', 'new-energy'],
  ['光伏组件', 'Solar PV Module', 'PV', 'new-energy'],
  ['电动汽车充电桩', 'EV Charging Station', 'EV', 'new-energy'],
  ['全自动包装机', 'Packaging Machine', 'PK', 'packaging-machines'],
  ['贴标机', 'Labelling Machine', 'LM', 'packaging-machines'],
  ['输送带', 'Conveyor Belt', 'CB', 'logistics'],
  ['电动叉车', 'Electric Forklift', 'FL', 'logistics'],
  ['超声诊断仪', 'Ultrasound Scanner', 'US', 'medical-devices'],
  ['监护仪', 'Patient Monitor', 'PM', 'medical-devices'],
  ['LED 显示屏', 'LED Display Wall', 'LD', 'displays'],
  ['安防摄像头', 'Security Camera', 'SC', 'security'],
  ['3D 打印机', '3D Printer', 'DP', 'additive-manufacturing'],
  ['植保无人机', 'Agricultural Drone', 'UAV', 'drones'],
  ['商用咖啡机', 'Commercial Coffee Machine', 'CM', 'kitchen-appliances'],
  ['净水器', 'Water Purifier', 'WP', 'home-appliances'],
];
const MODIFIERS: readonly Pair[] = [
  ['智能', 'Smart'], ['高精度', 'High-Precision'], ['高速', 'High-Speed'], ['节能型', 'Energy-Saving'],
  ['便携式', 'Portable'], ['工业级', 'Industrial-Grade'], ['紧凑型', 'Compact'], ['重型', 'Heavy-Duty'],
];
const FEATURES: readonly Pair[] = [
  ['自主研发的控制系统', 'an in-house developed control system'], ['物联网远程运维', 'IoT remote maintenance'],
  ['高刚性铸件床身', 'a rigid cast-iron bed'], ['低噪音变频电机', 'a quiet variable-frequency motor'],
  ['模块化设计', 'a modular design that is easy to service'], ['长寿命电池', 'a long-life battery'],
];
const APPLICATIONS: readonly Pair[] = [
  ['汽车零部件加工', 'automotive parts machining'], ['电子产品组装', 'electronics assembly lines'],
  ['食品饮料包装', 'food and beverage packaging'], ['仓储物流中心', 'warehouses and distribution centres'],
  ['医院与诊所', 'hospitals and clinics'], ['家庭与办公室', 'homes and offices'],
];
const REGIONS: readonly Pair[] = [
  ['华东', 'East China'], ['华南', 'South China'], ['深圳', 'Shenzhen'], ['苏州', 'Suzhou'], ['宁波', 'Ningbo'],
  ['青岛', 'Qingdao'], ['杭州', 'Hangzhou'], ['成都', 'Chengdu'], ['武汉', 'Wuhan'], ['厦门', 'Xiamen'],
];
const BRANDS: readonly Pair[] = [
  ['恒力', 'Hengli'], ['远航', 'Yuanhang'], ['华锐', 'Huarui'], ['鼎盛', 'Dingsheng'], ['博远', 'Boyuan'],
  ['瑞丰', 'Ruifeng'], ['天工', 'Tiangong'], ['新锐', 'Xinrui'], ['金辉', 'Jinhui'],
];
const CORES: readonly Pair[] = [
  ['精密机械', 'Precision Machinery'], ['智能装备', 'Intelligent Equipment'], ['电子科技', 'Electronics Technology'],
  ['新能源', 'New Energy'], ['医疗器械', 'Medical Devices'], ['物流设备', 'Logistics Equipment'],
];
const FOREIGN: readonly (readonly [zh: string, en: string, country: string])[] = [
  ['穆勒', 'Müller', 'DE'], ['施密特', 'Schmidt', 'DE'], ['樱花', 'Sakura', 'JP'], ['山田', 'Yamada', 'JP'],
  ['韩进', 'Hanjin', 'KR'], ['罗西', 'Rossi', 'IT'], ['杜邦', 'Dupont', 'FR'], ['卡特', 'Carter', 'US'],
];

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `exhibitors` exhibitors sharing `products` products, at one expo. */
export function syntheticCatalogue(options: { exhibitors: number; products: number; seed?: number }): SearchDocument[] {
  const random = prng(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const expoId = 'expo-synthetic';
  const exhibitors: SearchDocument[] = [];
  for (let i = 0; i < options.exhibitors; i++) {
    const id = `e-${String(i + 1).padStart(3, '0')}`;
    const core = pick(CORES);
    const foreign = random() < 0.3 ? pick(FOREIGN) : undefined;
    const [zh, en, country] = foreign
      ? [`${foreign[0]}${core[0]}有限公司`, `${foreign[1]} ${core[1]} ${i + 1} GmbH`, foreign[2]]
      : [`${pick(REGIONS)[0]}${pick(BRANDS)[0]}${core[0]}有限公司`, `${pick(REGIONS)[1]} ${pick(BRANDS)[1]} ${core[1]} Co., Ltd.`, 'CN'];
    const kinds = [pick(KINDS), pick(KINDS), pick(KINDS)];
    const name = { 'zh-CN': zh, en };
    const zhDescription = `${zh}专业生产${kinds.map((k) => k[0]).join('、')}，产品广泛应用于${pick(APPLICATIONS)[0]}，欢迎莅临展位洽谈合作。`;
    const enDescription =
      `${en} designs and builds ${kinds.map((k) => k[1]).join(', ')} for ${pick(APPLICATIONS)[1]}, ` +
      'with service centres across Asia and Europe. Visit our booth to discuss your project.';
    exhibitors.push({
      kind: 'exhibitor',
      id,
      expoId,
      exhibitorId: id,
      name,
      exhibitorName: name,
      description: { 'zh-CN': zhDescription, en: enDescription },
      categories: [...new Set(kinds.map((k) => k[3]))],
      tags: [],
      country,
    });
  }
  const products: SearchDocument[] = [];
  for (let i = 0; i < options.products; i++) {
    const owner = exhibitors[i % exhibitors.length]!;
    const [kindZh, kindEn, code, category] = pick(KINDS);
    const [modZh, modEn] = pick(MODIFIERS);
    const modelCode = `${code}-${Math.floor(random() * 90 + 10) * 100 + (random() < 0.5 ? 0 : Math.floor(random() * 99))}`;
    const feature = pick(FEATURES);
    const application = pick(APPLICATIONS);
    products.push({
      kind: 'product',
      id: `p-${String(i + 1).padStart(5, '0')}`,
      expoId,
      exhibitorId: owner.id,
      name: { 'zh-CN': `${modZh}${kindZh}`, en: `${modEn} ${kindEn} ${modelCode}` },
      exhibitorName: owner.name,
      description: {
        'zh-CN': `${modZh}${kindZh}（型号 ${modelCode}）采用${feature[0]}，广泛适用于${application[0]}。支持 OEM/ODM 定制，欢迎洽谈。`,
        en:
          `The ${modEn} ${kindEn} (model ${modelCode}) features ${feature[1]} and is built for ${application[1]}. ` +
          'Delivery within four weeks, two-year warranty, OEM/ODM orders welcome.',
      },
      modelCode,
      categories: [category],
      tags: [code.toLowerCase(), modEn.toLowerCase()],
      country: owner.country,
    });
  }
  return [...exhibitors, ...products];
}
