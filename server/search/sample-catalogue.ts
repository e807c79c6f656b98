import type { SearchDocument } from './search-document';

/**
 * A small hand-written bilingual catalogue for the search tests: each document is here to prove
 * one behaviour (see the comments), so change it together with catalogue-search.test.ts.
 */

interface Company {
  id: string;
  zh: string;
  en: string;
  country: string;
  expoId: string;
  categories: string[];
}

const EAST_CHINA: Company = {
  id: 'e01',
  zh: '华东精密机械有限公司',
  en: 'East China Precision Machinery Co., Ltd.',
  country: 'CN',
  expoId: 'expo-2025',
  categories: ['smart-manufacturing', 'cnc-machines', 'air-compressors'],
};
const MULLER: Company = {
  id: 'e02',
  zh: '穆勒机器人有限公司',
  en: 'Müller Robotik GmbH',
  country: 'DE',
  expoId: 'expo-2025',
  categories: ['industrial-robots', 'packaging-machines'],
};
const HUAXIN: Company = {
  id: 'e03',
  zh: '深圳华信通信科技有限公司',
  en: 'Shenzhen Huaxin Telecom Technology Co., Ltd.',
  country: 'CN',
  expoId: 'expo-2025',
  categories: ['consumer-electronics', 'kitchen-appliances'],
};
/** At another expo, with a model code one digit away from XK-5200. */
const SAKURA: Company = {
  id: 'e04',
  zh: '樱花精机株式会社',
  en: 'Sakura Seiki K.K.',
  country: 'JP',
  expoId: 'expo-2024',
  categories: ['cnc-machines'],
};

function exhibitor(company: Company, zh: string, en: string): SearchDocument {
  const name = { 'zh-CN': company.zh, en: company.en };
  return {
    kind: 'exhibitor',
    id: company.id,
    expoId: company.expoId,
    exhibitorId: company.id,
    name,
    exhibitorName: name,
    description: { 'zh-CN': zh, en },
    categories: [...company.categories],
    tags: [],
    country: company.country,
  };
}

function product(
  id: string,
  company: Company,
  name: [zh: string, en: string],
  modelCode: string,
  category: string,
  tags: string[],
  description: [zh: string, en: string],
): SearchDocument {
  return {
    kind: 'product',
    id,
    expoId: company.expoId,
    exhibitorId: company.id,
    name: { 'zh-CN': name[0], en: name[1] },
    exhibitorName: { 'zh-CN': company.zh, en: company.en },
    description: { 'zh-CN': description[0], en: description[1] },
    modelCode,
    categories: [category],
    tags,
    country: company.country,
  };
}

/** The sample catalogue, exhibitors first. */
export function sampleCatalogue(): SearchDocument[] {
  return [
    exhibitor(EAST_CHINA, '专业生产数控机床与自动化产线，服务汽车零部件行业二十年。', 'Builds CNC machine tools and automated lines for automotive suppliers since 2005.'),
    exhibitor(MULLER, '德国工业机器人与包装自动化专家。', 'German specialist in industrial robots and packaging automation.'),
    exhibitor(HUAXIN, '移动通信终端与消费电子产品制造商。', 'Maker of mobile terminals and consumer electronics.'),
    exhibitor(SAKURA, '日本精密机床制造商。', 'Japanese maker of precision machine tools.'),
    // Has 智能 as a word: 「智能」 must find it.
    product('p01', EAST_CHINA, ['智能制造设备', 'Smart Manufacturing Equipment'], 'ZN-3100', 'smart-manufacturing', ['automation'],
      ['整线方案，采用物联网远程运维，适用于汽车零部件加工。', 'A complete line with IoT remote maintenance for automotive parts.']),
    product('p02', EAST_CHINA, ['数控加工中心', 'CNC Machining Center'], 'XK-5200', 'cnc-machines', ['cnc', 'machining'],
      ['数控加工中心（型号 XK-5200）采用高刚性铸件床身。', 'The CNC Machining Center (model XK-5200) features a rigid cast-iron bed.']),
    product('p03', EAST_CHINA, ['工业机器人手臂', 'Industrial Robot Arm'], 'RB-1200', 'industrial-robots', ['robot'],
      ['六轴关节，负载 12 公斤，重复定位精度高。', 'Six axes, 12 kg payload, high repeatability.']),
    product('p04', MULLER, ['协作机器人', 'Collaborative Robot'], 'CR-7', 'industrial-robots', ['robot', 'cobot'],
      ['可与工人并肩作业，无需安全围栏。', 'Works beside people without a safety fence.']),
    // 「5G 智能手机」: mixed script.
    product('p05', HUAXIN, ['5G 智能手机', '5G Smartphone'], 'HX-P60', 'consumer-electronics', ['5g', 'phone'],
      ['六点七英寸屏幕，双卡双待。', 'A 6.7-inch screen and dual SIM.']),
    product('p06', HUAXIN, ['无线蓝牙耳机', 'Wireless Bluetooth Earbuds'], 'HX-E20', 'consumer-electronics', ['audio'],
      ['续航三十小时，支持快充。', 'Thirty hours of battery and fast charging.']),
    product('p07', SAKURA, ['立式加工中心', 'Vertical Machining Centre'], 'XK-5300', 'cnc-machines', ['cnc', 'machining'],
      ['立式结构，主轴转速一万二千转。', 'Vertical build with a 12,000 rpm spindle.']),
    // Contains 能 but never 智能: 「智能」 must not rank it, 「能」 must find it.
    product('p08', EAST_CHINA, ['节能型空气压缩机', 'Energy-Saving Air Compressor'], 'KY-2200', 'air-compressors', ['energy-saving'],
      ['变频螺杆压缩机，低噪音。', 'Variable-speed screw compressor, low noise.']),
    product('p09', MULLER, ['全自动包装机', 'Fully Automatic Packaging Machine'], 'PK-800', 'packaging-machines', ['packaging'],
      ['每分钟包装一百二十袋。', 'Packs 120 bags a minute.']),
    // "robot" is a prefix of its name: ranks between exact (p03, p04) and fuzzy (p11) matches.
    product('p10', MULLER, ['焊接工作站', 'Robotic Welding Cell'], 'WC-300', 'industrial-robots', ['welding'],
      ['弧焊工作站，带变位机。', 'Arc welding station with a positioner.']),
    // "rotor" is two edits from "robot": a fuzzy match only.
    product('p11', EAST_CHINA, ['动平衡机', 'Dynamic Rotor Balancer'], 'DB-50', 'smart-manufacturing', ['balancing'],
      ['平衡精度高，换型快。', 'Precise balancing and quick changeovers.']),
    // Two products with the same text: their scores tie, so only the id orders them.
    // For "drill": an exact (p14), a prefix (p15) and a one-edit fuzzy (p16) match of one word.
    product('p14', EAST_CHINA, ['台式钻床', 'Bench Drill'], 'ZQ-16', 'cnc-machines', ['drilling'],
      ['钻孔直径 16 毫米。', 'Drills holes up to 16 mm.']),
    product('p15', EAST_CHINA, ['摇臂钻床', 'Radial Drilling Machine'], 'Z3050', 'cnc-machines', ['radial'],
      ['摇臂可回转三百六十度。', 'The arm swings through 360 degrees.']),
    product('p16', HUAXIN, ['商用烤炉', 'Commercial Grill'], 'HX-G8', 'kitchen-appliances', ['kitchen'],
      ['不锈钢炉体，双温区。', 'Stainless body with two heat zones.']),
    product('p12', EAST_CHINA, ['液压机', 'Hydraulic Press'], 'YJ-100', 'smart-manufacturing', ['press'],
      ['四柱液压机。', 'Four-column hydraulic press.']),
    product('p13', EAST_CHINA, ['液压机', 'Hydraulic Press'], 'YJ-100', 'smart-manufacturing', ['press'],
      ['四柱液压机。', 'Four-column hydraulic press.']),
  ];
}
