import type { Words } from './industries';

/**
 * The demo fair's category names: every industry id (an exhibitor's first category) and every
 * product-kind `category` in `industries.ts`, as a visitor reads them in the catalogue. A new
 * product kind needs its category named here; `demo-expo.test.ts` fails until it is.
 */
export const CATEGORY_NAMES: Readonly<Record<string, Words>> = {
  // Industries: the top level of the taxonomy.
  'smart-manufacturing': { zh: '智能制造', en: 'Smart manufacturing' },
  robotics: { zh: '机器人', en: 'Robotics' },
  'consumer-electronics': { zh: '消费电子', en: 'Consumer electronics' },
  furniture: { zh: '家具家居', en: 'Furniture & home furnishings' },
  'food-beverage': { zh: '食品饮料', en: 'Food & beverages' },
  packaging: { zh: '包装印刷', en: 'Packaging & printing' },
  lighting: { zh: '照明灯具', en: 'Lighting' },
  'new-energy-vehicles': { zh: '新能源汽车', en: 'New-energy vehicles' },

  // Smart manufacturing
  'cnc-machines': { zh: '数控机床', en: 'CNC machines' },
  'laser-equipment': { zh: '激光设备', en: 'Laser equipment' },
  'plastics-machinery': { zh: '塑料机械', en: 'Plastics machinery' },
  'production-lines': { zh: '自动化生产线', en: 'Automated production lines' },
  inspection: { zh: '检测设备', en: 'Inspection equipment' },
  'additive-manufacturing': { zh: '增材制造', en: 'Additive manufacturing' },
  'industrial-software': { zh: '工业软件', en: 'Industrial software' },
  // Robotics
  'industrial-robots': { zh: '工业机器人', en: 'Industrial robots' },
  'collaborative-robots': { zh: '协作机器人', en: 'Collaborative robots' },
  'mobile-robots': { zh: '移动机器人', en: 'Mobile robots' },
  'motion-control': { zh: '运动控制', en: 'Motion control' },
  'end-effectors': { zh: '末端执行器', en: 'End effectors' },
  // Consumer electronics
  'mobile-phones': { zh: '手机', en: 'Mobile phones' },
  tablets: { zh: '平板电脑', en: 'Tablets' },
  wearables: { zh: '智能穿戴', en: 'Wearables' },
  audio: { zh: '音频设备', en: 'Audio' },
  accessories: { zh: '数码配件', en: 'Digital accessories' },
  'smart-home': { zh: '智能家居', en: 'Smart home' },
  drones: { zh: '无人机', en: 'Drones' },
  // Furniture
  seating: { zh: '座椅沙发', en: 'Chairs & sofas' },
  storage: { zh: '柜架收纳', en: 'Shelving & storage' },
  desks: { zh: '办公桌', en: 'Desks' },
  bedroom: { zh: '卧室家具', en: 'Bedroom' },
  'home-decor': { zh: '家居饰品', en: 'Home decor' },
  // Food and beverages
  drinks: { zh: '软饮料', en: 'Soft drinks' },
  alcohol: { zh: '酒类', en: 'Alcoholic drinks' },
  cooking: { zh: '粮油调味', en: 'Cooking oils & condiments' },
  tea: { zh: '茶叶', en: 'Tea' },
  snacks: { zh: '休闲食品', en: 'Snacks' },
  coffee: { zh: '咖啡', en: 'Coffee' },
  // Packaging and printing
  'paper-packaging': { zh: '纸质包装', en: 'Paper packaging' },
  'plastic-packaging': { zh: '塑料包装', en: 'Plastic packaging' },
  'packaging-machinery': { zh: '包装机械', en: 'Packaging machinery' },
  printing: { zh: '印刷设备', en: 'Printing equipment' },
  'protective-packaging': { zh: '缓冲包装', en: 'Protective packaging' },
  // Lighting
  'indoor-lighting': { zh: '室内照明', en: 'Indoor lighting' },
  'industrial-lighting': { zh: '工业照明', en: 'Industrial lighting' },
  'outdoor-lighting': { zh: '户外照明', en: 'Outdoor lighting' },
  'commercial-lighting': { zh: '商业照明', en: 'Commercial lighting' },
  'lighting-control': { zh: '照明控制', en: 'Lighting controls' },
  'decorative-lighting': { zh: '装饰照明', en: 'Decorative lighting' },
  // New-energy vehicles
  'passenger-vehicles': { zh: '乘用车', en: 'Passenger vehicles' },
  'commercial-vehicles': { zh: '商用车', en: 'Commercial vehicles' },
  charging: { zh: '充电设施', en: 'Charging infrastructure' },
  batteries: { zh: '动力电池', en: 'EV batteries' },
  powertrain: { zh: '电驱系统', en: 'Electric powertrains' },
  'automotive-electronics': { zh: '汽车电子', en: 'Automotive electronics' },
};
