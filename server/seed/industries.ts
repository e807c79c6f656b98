/**
 * Word lists for the demo fair's catalogue: per industry, the kinds of product its exhibitors show,
 * with the specs a buyer would look for and the 3D model that stands in for them on a booth.
 */

/** A bilingual word or phrase. */
export interface Words {
  zh: string;
  en: string;
}

/** One line of a spec sheet; the value is picked from `values`. */
export interface SpecRecipe extends Words {
  values: readonly string[];
}

export interface ProductKind extends Words {
  category: string;
  tags: readonly string[];
  /** Model-code prefix, e.g. "XK" → "XK-5200". */
  code: string;
  /** File under /assets/models/, when a generic model fits this kind. */
  glb?: string;
  /** Name prefixes for this kind when the industry's do not fit it. */
  modifiers?: readonly Words[];
  specs: readonly SpecRecipe[];
}

export interface Industry extends Words {
  id: string;
  /** The middle of a company name, e.g. 精密机械 / Precision Machinery, and its fascia short form. */
  companyCores: readonly (Words & { shortZh: string; shortEn: string })[];
  /** Product-name prefixes that suit every kind in the industry. */
  modifiers: readonly Words[];
  /** Where the products are used, for descriptions. */
  applications: readonly Words[];
  /** Selling points, for descriptions. */
  features: readonly Words[];
  products: readonly ProductKind[];
}

const spec = (zh: string, en: string, values: readonly string[]): SpecRecipe => ({ zh, en, values });

const POWER = spec('功率', 'Power', ['2.2 kW', '5.5 kW', '7.5 kW', '11 kW', '15 kW', '22 kW']);
const WEIGHT = spec('整机重量', 'Weight', ['85 kg', '320 kg', '1.2 t', '3.5 t', '6.8 t']);
const VOLTAGE = spec('电压', 'Voltage', ['220 V / 50 Hz', '380 V / 50 Hz', '400 V / 50 Hz', '24 V DC']);
const WARRANTY = spec('质保', 'Warranty', ['1 年 / 1 year', '2 年 / 2 years', '3 年 / 3 years', '5 年 / 5 years']);
const CERT = spec('认证', 'Certification', ['CE', 'CE / RoHS', 'CCC', 'UL / CE', 'ISO 9001']);

export const INDUSTRIES: readonly Industry[] = [
  {
    id: 'smart-manufacturing',
    zh: '智能制造',
    en: 'smart manufacturing',
    companyCores: [
      { zh: '精密机械', en: 'Precision Machinery', shortZh: '精密', shortEn: 'Precision' },
      { zh: '智能装备', en: 'Intelligent Equipment', shortZh: '智能装备', shortEn: 'Intelligent Equipment' },
      { zh: '数控机床', en: 'CNC Machine Tool', shortZh: '数控', shortEn: 'CNC' },
      { zh: '工业自动化', en: 'Industrial Automation', shortZh: '自动化', shortEn: 'Automation' },
    ],
    modifiers: [
      { zh: '智能', en: 'Smart' },
      { zh: '高精度', en: 'High-Precision' },
      { zh: '高速', en: 'High-Speed' },
      { zh: '节能型', en: 'Energy-Saving' },
      { zh: '全自动', en: 'Fully Automatic' },
    ],
    applications: [
      { zh: '汽车零部件加工', en: 'automotive parts machining' },
      { zh: '模具制造', en: 'mould making' },
      { zh: '航空航天结构件', en: 'aerospace structural parts' },
      { zh: '3C 电子精密加工', en: 'precision machining of electronics' },
    ],
    features: [
      { zh: '自主研发的数控系统', en: 'an in-house developed CNC control system' },
      { zh: '高刚性铸件床身', en: 'a rigid cast-iron bed' },
      { zh: '物联网远程运维', en: 'IoT remote maintenance' },
    ],
    products: [
      { zh: '数控加工中心', en: 'CNC Machining Center', category: 'cnc-machines', tags: ['cnc', '数控', 'machining'], code: 'XK', glb: 'machine.glb', specs: [POWER, WEIGHT, spec('主轴转速', 'Spindle speed', ['8,000 rpm', '12,000 rpm', '15,000 rpm', '24,000 rpm']), spec('定位精度', 'Positioning accuracy', ['±0.005 mm', '±0.008 mm', '±0.01 mm'])] },
      { zh: '数控车床', en: 'CNC Lathe', category: 'cnc-machines', tags: ['cnc', '车床', 'turning'], code: 'CK', glb: 'machine.glb', specs: [POWER, WEIGHT, spec('最大回转直径', 'Max. swing diameter', ['360 mm', '460 mm', '560 mm'])] },
      { zh: '激光切割机', en: 'Laser Cutting Machine', category: 'laser-equipment', tags: ['laser', '激光', 'cutting'], code: 'LC', glb: 'machine.glb', specs: [spec('激光功率', 'Laser power', ['3 kW', '6 kW', '12 kW', '20 kW']), spec('加工幅面', 'Working area', ['1500 × 3000 mm', '2000 × 4000 mm', '2500 × 6000 mm']), VOLTAGE] },
      { zh: '注塑机', en: 'Injection Moulding Machine', category: 'plastics-machinery', tags: ['injection', '注塑'], code: 'ZS', glb: 'machine.glb', specs: [spec('锁模力', 'Clamping force', ['900 kN', '1,600 kN', '2,800 kN', '4,500 kN']), POWER, WEIGHT] },
      { zh: '智能制造设备', en: 'Intelligent Manufacturing Equipment', category: 'production-lines', tags: ['smart-factory', '智能制造'], code: 'ZM', glb: 'machine.glb', specs: [spec('节拍', 'Cycle time', ['12 s', '18 s', '25 s', '40 s']), POWER, CERT] },
      { zh: '柔性制造单元', en: 'Flexible Manufacturing Cell', category: 'production-lines', tags: ['fms', '柔性制造'], code: 'FMC', glb: 'machine.glb', specs: [spec('托盘数量', 'Pallets', ['6', '8', '12', '16']), POWER] },
      { zh: '视觉检测系统', en: 'Vision Inspection System', category: 'inspection', tags: ['machine-vision', '机器视觉', 'quality'], code: 'VI', specs: [spec('检测精度', 'Inspection accuracy', ['0.01 mm', '0.02 mm', '0.05 mm']), spec('检测速度', 'Inspection speed', ['120 件/分 · pcs/min', '300 件/分 · pcs/min', '600 件/分 · pcs/min'])] },
      { zh: '工业3D打印机', en: 'Industrial 3D Printer', category: 'additive-manufacturing', tags: ['3d-printing', '增材制造'], code: 'AM', glb: 'machine.glb', specs: [spec('成型尺寸', 'Build volume', ['250 × 250 × 300 mm', '400 × 400 × 400 mm', '600 × 600 × 500 mm']), spec('层厚', 'Layer thickness', ['20 μm', '30 μm', '50 μm']), POWER] },
      { zh: '制造执行系统', en: 'Manufacturing Execution System', category: 'industrial-software', tags: ['mes', '工业软件'], code: 'MES', modifiers: [{ zh: '云端', en: 'Cloud-Based' }, { zh: '智能', en: 'Smart' }], specs: [spec('部署方式', 'Deployment', ['私有云 / Private cloud', '本地 / On-premises', 'SaaS']), spec('并发工位', 'Concurrent stations', ['50', '200', '1,000'])] },
    ],
  },
  {
    id: 'robotics',
    zh: '机器人',
    en: 'robotics',
    companyCores: [
      { zh: '机器人', en: 'Robotics', shortZh: '机器人', shortEn: 'Robotics' },
      { zh: '智能科技', en: 'Intelligent Technology', shortZh: '智能', shortEn: 'Intelligent' },
      { zh: '运动控制', en: 'Motion Control', shortZh: '运控', shortEn: 'Motion' },
    ],
    modifiers: [
      { zh: '智能', en: 'Smart' },
      { zh: '协作型', en: 'Collaborative' },
      { zh: '轻量化', en: 'Lightweight' },
      { zh: '高负载', en: 'Heavy-Payload' },
    ],
    applications: [
      { zh: '焊接与搬运', en: 'welding and handling' },
      { zh: '电子装配', en: 'electronics assembly' },
      { zh: '仓储物流', en: 'warehouse logistics' },
      { zh: '食品分拣', en: 'food sorting' },
    ],
    features: [
      { zh: '高精度减速机与伺服电机', en: 'high-precision reducers and servo motors' },
      { zh: '拖拽示教与图形化编程', en: 'hand-guided teaching and graphical programming' },
      { zh: '力控碰撞检测', en: 'force-sensing collision detection' },
    ],
    products: [
      { zh: '六轴工业机器人', en: 'Six-Axis Industrial Robot', category: 'industrial-robots', tags: ['robot', '机器人', '6-axis'], code: 'RB', glb: 'robot-arm.glb', specs: [spec('负载', 'Payload', ['6 kg', '12 kg', '20 kg', '50 kg', '210 kg']), spec('臂展', 'Reach', ['900 mm', '1,400 mm', '2,000 mm', '2,650 mm']), spec('重复定位精度', 'Repeatability', ['±0.02 mm', '±0.03 mm', '±0.05 mm'])] },
      { zh: '协作机器人', en: 'Cobot', category: 'collaborative-robots', tags: ['cobot', '协作'], code: 'CR', modifiers: [{ zh: '轻量化', en: 'Lightweight' }, { zh: '智能', en: 'Smart' }], glb: 'robot-arm.glb', specs: [spec('负载', 'Payload', ['3 kg', '5 kg', '10 kg', '16 kg']), spec('防护等级', 'Protection', ['IP54', 'IP66'])] },
      { zh: 'SCARA机器人', en: 'SCARA Robot', category: 'industrial-robots', tags: ['scara', '机器人'], code: 'SC', glb: 'robot-arm.glb', specs: [spec('节拍时间', 'Cycle time', ['0.29 s', '0.36 s', '0.42 s']), spec('工作半径', 'Working radius', ['400 mm', '600 mm', '800 mm'])] },
      { zh: '自主移动机器人', en: 'Autonomous Mobile Robot', category: 'mobile-robots', tags: ['amr', '移动机器人', 'logistics'], code: 'AMR', specs: [spec('额定载重', 'Rated load', ['300 kg', '600 kg', '1,000 kg']), spec('续航', 'Runtime', ['8 h', '10 h', '12 h']), spec('导航方式', 'Navigation', ['激光 SLAM / Laser SLAM', '视觉 / Vision'])] },
      { zh: '码垛机器人', en: 'Palletizing Robot', category: 'industrial-robots', tags: ['palletizing', '码垛'], code: 'MD', glb: 'robot-arm.glb', specs: [spec('负载', 'Payload', ['130 kg', '180 kg', '300 kg']), spec('码垛速度', 'Speed', ['800 次/时 · cycles/h', '1,200 次/时 · cycles/h'])] },
      { zh: '伺服驱动器', en: 'Servo Drive', category: 'motion-control', tags: ['servo', '伺服'], code: 'SD', glb: 'box-package.glb', specs: [POWER, VOLTAGE, spec('通讯协议', 'Fieldbus', ['EtherCAT', 'PROFINET', 'CANopen'])] },
      { zh: '机器人控制器', en: 'Robot Controller', category: 'motion-control', tags: ['controller', '控制器'], code: 'RC', specs: [spec('控制轴数', 'Axes', ['6', '8', '12']), VOLTAGE, CERT] },
      { zh: '电动夹爪', en: 'Electric Gripper', category: 'end-effectors', tags: ['gripper', '夹爪'], code: 'EG', specs: [spec('夹持力', 'Gripping force', ['40 N', '140 N', '300 N']), spec('行程', 'Stroke', ['20 mm', '50 mm', '80 mm'])] },
    ],
  },
  {
    id: 'consumer-electronics',
    zh: '消费电子',
    en: 'consumer electronics',
    companyCores: [
      { zh: '电子科技', en: 'Electronics Technology', shortZh: '电子', shortEn: 'Electronics' },
      { zh: '智能终端', en: 'Smart Devices', shortZh: '智能终端', shortEn: 'Smart Devices' },
      { zh: '数码', en: 'Digital', shortZh: '数码', shortEn: 'Digital' },
    ],
    modifiers: [
      { zh: '智能', en: 'Smart' },
      { zh: '旗舰', en: 'Flagship' },
      { zh: '轻薄', en: 'Slim' },
      { zh: '新一代', en: 'Next-Gen' },
      { zh: '便携式', en: 'Portable' },
    ],
    applications: [
      { zh: '移动办公', en: 'mobile work' },
      { zh: '家庭娱乐', en: 'home entertainment' },
      { zh: '运动健康', en: 'sports and health' },
      { zh: '智能家居', en: 'the smart home' },
    ],
    features: [
      { zh: '旗舰级芯片', en: 'a flagship-class chipset' },
      { zh: '超长续航设计', en: 'an all-day battery design' },
      { zh: '多设备互联生态', en: 'a multi-device connected ecosystem' },
    ],
    products: [
      { zh: '智能手机', en: 'Smartphone', category: 'mobile-phones', tags: ['phone', '手机'], code: 'SP', glb: 'phone.glb', specs: [spec('屏幕尺寸', 'Screen size', ['6.1 英寸 / 6.1 in', '6.7 英寸 / 6.7 in', '6.8 英寸 / 6.8 in']), spec('电池容量', 'Battery', ['4,500 mAh', '5,000 mAh', '5,500 mAh']), spec('存储', 'Storage', ['128 GB', '256 GB', '512 GB'])] },
      { zh: '平板电脑', en: 'Tablet', category: 'tablets', tags: ['tablet', '平板'], code: 'TB', glb: 'phone.glb', specs: [spec('屏幕尺寸', 'Screen size', ['10.9 英寸 / 10.9 in', '12.4 英寸 / 12.4 in']), spec('电池容量', 'Battery', ['8,000 mAh', '10,000 mAh'])] },
      { zh: '智能手表', en: 'Smartwatch', category: 'wearables', tags: ['wearable', '可穿戴'], code: 'WT', specs: [spec('续航', 'Battery life', ['7 天 / 7 days', '14 天 / 14 days']), spec('防水', 'Water resistance', ['5 ATM', 'IP68'])] },
      { zh: '真无线耳机', en: 'True Wireless Earbuds', category: 'audio', tags: ['audio', '耳机', 'bluetooth'], code: 'EB', glb: 'box-package.glb', specs: [spec('降噪深度', 'Noise cancelling', ['35 dB', '42 dB', '48 dB']), spec('蓝牙版本', 'Bluetooth', ['5.3', '5.4'])] },
      { zh: '蓝牙音箱', en: 'Bluetooth Speaker', category: 'audio', tags: ['speaker', '音箱'], code: 'BS', specs: [spec('输出功率', 'Output power', ['10 W', '20 W', '40 W']), spec('续航', 'Playtime', ['12 h', '20 h', '24 h'])] },
      { zh: '移动电源', en: 'Power Bank', category: 'accessories', tags: ['power-bank', '充电'], code: 'PB', glb: 'box-package.glb', specs: [spec('容量', 'Capacity', ['10,000 mAh', '20,000 mAh']), spec('快充', 'Fast charging', ['22.5 W', '65 W', '100 W PD'])] },
      { zh: '扫地机器人', en: 'Robot Vacuum', category: 'smart-home', tags: ['smart-home', '智能家居'], code: 'RV', specs: [spec('吸力', 'Suction', ['4,000 Pa', '6,000 Pa', '8,000 Pa']), spec('续航', 'Runtime', ['150 min', '180 min'])] },
      { zh: '航拍无人机', en: 'Camera Drone', category: 'drones', tags: ['drone', '无人机'], code: 'UA', glb: 'drone.glb', specs: [spec('续航', 'Flight time', ['34 min', '46 min']), spec('图传距离', 'Video range', ['10 km', '15 km', '20 km']), spec('相机', 'Camera', ['4K / 60 fps', '5.1K / 50 fps'])] },
      { zh: '智能摄像头', en: 'Smart Camera', category: 'smart-home', tags: ['camera', '安防'], code: 'SC', specs: [spec('分辨率', 'Resolution', ['2K', '4K']), spec('视角', 'Field of view', ['110°', '130°'])] },
    ],
  },
  {
    id: 'furniture',
    zh: '家具家居',
    en: 'furniture and home furnishings',
    companyCores: [
      { zh: '家具', en: 'Furniture', shortZh: '家具', shortEn: 'Furniture' },
      { zh: '家居用品', en: 'Home Furnishings', shortZh: '家居', shortEn: 'Home' },
      { zh: '办公家具', en: 'Office Furniture', shortZh: '办公家具', shortEn: 'Office' },
    ],
    modifiers: [
      { zh: '人体工学', en: 'Ergonomic' },
      { zh: '北欧风', en: 'Nordic-Style' },
      { zh: '实木', en: 'Solid-Wood' },
      { zh: '智能', en: 'Smart' },
      { zh: '模块化', en: 'Modular' },
    ],
    applications: [
      { zh: '现代办公空间', en: 'modern offices' },
      { zh: '酒店与公寓', en: 'hotels and apartments' },
      { zh: '家庭客厅', en: 'living rooms' },
      { zh: '学校与图书馆', en: 'schools and libraries' },
    ],
    features: [
      { zh: 'E0 级环保板材', en: 'E0-grade low-emission boards' },
      { zh: '可持续认证木材', en: 'certified sustainable timber' },
      { zh: '人体工学结构设计', en: 'an ergonomic frame design' },
    ],
    products: [
      { zh: '办公椅', en: 'Office Chair', category: 'seating', tags: ['chair', '座椅', 'office'], code: 'OC', glb: 'chair.glb', specs: [spec('材质', 'Material', ['网布 / Mesh', '真皮 / Leather', '布艺 / Fabric']), spec('承重', 'Load capacity', ['120 kg', '150 kg']), WARRANTY] },
      { zh: '餐椅', en: 'Dining Chair', category: 'seating', tags: ['chair', '餐椅'], code: 'DC', glb: 'chair.glb', specs: [spec('材质', 'Material', ['白橡木 / White oak', '胡桃木 / Walnut', '榉木 / Beech']), spec('座高', 'Seat height', ['450 mm', '460 mm'])] },
      { zh: '沙发', en: 'Sofa', category: 'seating', tags: ['sofa', '沙发'], code: 'SF', glb: 'chair.glb', specs: [spec('座位数', 'Seats', ['2', '3', '4']), spec('面料', 'Upholstery', ['科技布 / Tech fabric', '头层牛皮 / Top-grain leather'])] },
      { zh: '书架', en: 'Bookshelf', category: 'storage', tags: ['shelf', '收纳'], code: 'BK', modifiers: [{ zh: '实木', en: 'Solid-Wood' }, { zh: '北欧风', en: 'Nordic-Style' }, { zh: '模块化', en: 'Modular' }], glb: 'shelf-unit.glb', specs: [spec('尺寸', 'Size', ['800 × 300 × 1800 mm', '1200 × 350 × 2000 mm']), spec('层数', 'Shelves', ['4', '5', '6'])] },
      { zh: '展示柜', en: 'Display Cabinet', category: 'storage', tags: ['cabinet', '展柜'], code: 'DP', glb: 'shelf-unit.glb', modifiers: [{ zh: '实木', en: 'Solid-Wood' }, { zh: '北欧风', en: 'Nordic-Style' }, { zh: '模块化', en: 'Modular' }], specs: [spec('材质', 'Material', ['钢化玻璃 / Tempered glass', '实木 / Solid wood'])] },
      { zh: '升降办公桌', en: 'Standing Desk', category: 'desks', tags: ['desk', '升降桌'], code: 'SD', specs: [spec('升降范围', 'Height range', ['620–1270 mm', '700–1200 mm']), spec('电机', 'Motors', ['单电机 / Single', '双电机 / Dual'])] },
      { zh: '床垫', en: 'Mattress', category: 'bedroom', tags: ['mattress', '床垫'], code: 'MT', specs: [spec('尺寸', 'Size', ['1500 × 2000 mm', '1800 × 2000 mm']), spec('硬度', 'Firmness', ['偏软 / Soft', '适中 / Medium', '偏硬 / Firm'])] },
      { zh: '落地灯', en: 'Floor Lamp', category: 'home-decor', tags: ['lamp', '灯具'], code: 'FL', modifiers: [{ zh: '北欧风', en: 'Nordic-Style' }, { zh: '智能', en: 'Smart' }], glb: 'lamp.glb', specs: [spec('高度', 'Height', ['1,500 mm', '1,650 mm'])] },
    ],
  },
  {
    id: 'food-beverage',
    zh: '食品饮料',
    en: 'food and beverages',
    companyCores: [
      { zh: '食品', en: 'Foods', shortZh: '食品', shortEn: 'Foods' },
      { zh: '饮品', en: 'Beverage', shortZh: '饮品', shortEn: 'Beverage' },
      { zh: '茶业', en: 'Tea', shortZh: '茶业', shortEn: 'Tea' },
    ],
    modifiers: [
      { zh: '有机', en: 'Organic' },
      { zh: '天然', en: 'Natural' },
      { zh: '精选', en: 'Premium' },
      { zh: '原产地', en: 'Origin-Certified' },
    ],
    applications: [
      { zh: '商超零售', en: 'supermarket retail' },
      { zh: '餐饮连锁', en: 'restaurant chains' },
      { zh: '跨境电商', en: 'cross-border e-commerce' },
      { zh: '礼品市场', en: 'the gift market' },
    ],
    features: [
      { zh: '精选优质原料', en: 'carefully selected ingredients' },
      { zh: '无添加防腐剂配方', en: 'a recipe with no added preservatives' },
      { zh: '全程冷链与可追溯体系', en: 'cold-chain handling with full traceability' },
    ],
    products: [
      { zh: '矿泉水', en: 'Mineral Water', category: 'drinks', tags: ['water', '饮用水'], code: 'MW', glb: 'bottle.glb', specs: [spec('规格', 'Size', ['350 ml × 24', '550 ml × 24', '1.5 L × 12']), spec('保质期', 'Shelf life', ['12 个月 / 12 months', '18 个月 / 18 months'])] },
      { zh: '果汁饮料', en: 'Fruit Juice', category: 'drinks', tags: ['juice', '果汁'], code: 'FJ', glb: 'bottle.glb', specs: [spec('果汁含量', 'Juice content', ['30%', '50%', '100%']), spec('规格', 'Size', ['300 ml', '450 ml', '1 L'])] },
      { zh: '精酿啤酒', en: 'Craft Beer', category: 'alcohol', tags: ['beer', '啤酒'], code: 'CB', glb: 'bottle.glb', specs: [spec('酒精度', 'ABV', ['4.8%', '5.5%', '6.5%']), spec('规格', 'Size', ['330 ml', '500 ml'])] },
      { zh: '橄榄油', en: 'Olive Oil', category: 'cooking', tags: ['oil', '食用油'], code: 'OO', glb: 'bottle.glb', specs: [spec('等级', 'Grade', ['特级初榨 / Extra virgin', '初榨 / Virgin']), spec('规格', 'Size', ['500 ml', '750 ml', '1 L'])] },
      { zh: '绿茶礼盒', en: 'Green Tea Gift Box', category: 'tea', tags: ['tea', '茶叶'], code: 'GT', glb: 'box-package.glb', specs: [spec('净含量', 'Net weight', ['125 g', '250 g', '500 g']), spec('产地', 'Origin', ['杭州 / Hangzhou', '黄山 / Huangshan', '信阳 / Xinyang'])] },
      { zh: '坚果零食', en: 'Nut Snacks', category: 'snacks', tags: ['snacks', '零食'], code: 'NS', glb: 'box-package.glb', specs: [spec('净含量', 'Net weight', ['150 g', '500 g', '1 kg'])] },
      { zh: '速溶咖啡', en: 'Instant Coffee', category: 'coffee', tags: ['coffee', '咖啡'], code: 'IC', glb: 'box-package.glb', specs: [spec('规格', 'Pack', ['2 g × 30', '2 g × 100'])] },
      { zh: '植物蛋白饮料', en: 'Plant-Based Protein Drink', category: 'drinks', tags: ['plant-based', '植物蛋白'], code: 'PD', glb: 'bottle.glb', specs: [spec('蛋白质', 'Protein', ['2.5 g/100 ml', '3.2 g/100 ml'])] },
    ],
  },
  {
    id: 'packaging',
    zh: '包装印刷',
    en: 'packaging and printing',
    companyCores: [
      { zh: '包装材料', en: 'Packaging Materials', shortZh: '包装', shortEn: 'Packaging' },
      { zh: '印刷包装', en: 'Printing & Packaging', shortZh: '印包', shortEn: 'Print & Pack' },
      { zh: '包装机械', en: 'Packaging Machinery', shortZh: '包装机械', shortEn: 'Pack Machinery' },
    ],
    modifiers: [
      { zh: '环保', en: 'Eco-Friendly' },
      { zh: '可降解', en: 'Biodegradable' },
      { zh: '智能', en: 'Smart' },
      { zh: '定制', en: 'Custom' },
    ],
    applications: [
      { zh: '电商物流', en: 'e-commerce logistics' },
      { zh: '食品包装', en: 'food packaging' },
      { zh: '医药包装', en: 'pharmaceutical packaging' },
      { zh: '高端礼品', en: 'premium gifts' },
    ],
    features: [
      { zh: '可回收环保材料', en: 'recyclable materials' },
      { zh: '高速柔版与数码印刷工艺', en: 'high-speed flexo and digital printing' },
      { zh: '一站式结构与印刷设计', en: 'one-stop structural and print design' },
    ],
    products: [
      { zh: '瓦楞纸箱', en: 'Corrugated Carton', category: 'paper-packaging', tags: ['carton', '纸箱'], code: 'CC', glb: 'box-package.glb', specs: [spec('楞型', 'Flute', ['A', 'B', 'E', 'BC']), spec('耐破强度', 'Burst strength', ['800 kPa', '1,200 kPa', '1,600 kPa'])] },
      { zh: '礼品包装盒', en: 'Gift Packaging Box', category: 'paper-packaging', tags: ['gift-box', '礼盒'], code: 'GB', glb: 'box-package.glb', specs: [spec('工艺', 'Finish', ['烫金 / Hot-foil', '击凸 / Embossed', 'UV'])] },
      { zh: '食品级PET瓶', en: 'Food-Grade PET Bottle', category: 'plastic-packaging', tags: ['pet', '瓶'], code: 'PET', glb: 'bottle.glb', specs: [spec('容量', 'Capacity', ['250 ml', '500 ml', '1.5 L']), CERT] },
      { zh: '全自动封箱机', en: 'Automatic Case Sealer', category: 'packaging-machinery', tags: ['sealer', '封箱'], code: 'FX', modifiers: [{ zh: '智能', en: 'Smart' }, { zh: '高速', en: 'High-Speed' }], glb: 'machine.glb', specs: [spec('速度', 'Speed', ['20 箱/分 · cases/min', '30 箱/分 · cases/min']), POWER, VOLTAGE] },
      { zh: '贴标机', en: 'Labelling Machine', category: 'packaging-machinery', tags: ['labelling', '贴标'], code: 'TB', glb: 'machine.glb', modifiers: [{ zh: '智能', en: 'Smart' }, { zh: '高速', en: 'High-Speed' }], specs: [spec('贴标速度', 'Labelling speed', ['60 瓶/分 · bottles/min', '200 瓶/分 · bottles/min']), POWER] },
      { zh: '可降解快递袋', en: 'Compostable Mailer Bag', category: 'plastic-packaging', tags: ['compostable', '可降解'], code: 'KD', glb: 'box-package.glb', specs: [spec('材料', 'Material', ['PBAT + PLA', 'PBAT + 淀粉 / starch']), spec('尺寸', 'Size', ['25 × 35 cm', '38 × 52 cm'])] },
      { zh: '数码印刷机', en: 'Digital Printing Press', category: 'printing', tags: ['printing', '印刷'], code: 'DP', glb: 'machine.glb', modifiers: [{ zh: '智能', en: 'Smart' }, { zh: '高速', en: 'High-Speed' }], specs: [spec('印刷速度', 'Speed', ['60 m/min', '120 m/min']), spec('幅宽', 'Web width', ['330 mm', '520 mm'])] },
      { zh: '缓冲气柱袋', en: 'Air Column Cushion Bag', category: 'protective-packaging', tags: ['cushioning', '缓冲'], code: 'AC', specs: [spec('厚度', 'Film thickness', ['60 μm', '80 μm'])] },
    ],
  },
  {
    id: 'lighting',
    zh: '照明灯具',
    en: 'lighting',
    companyCores: [
      { zh: '照明科技', en: 'Lighting Technology', shortZh: '照明', shortEn: 'Lighting' },
      { zh: '光电', en: 'Optoelectronics', shortZh: '光电', shortEn: 'Opto' },
      { zh: '灯饰', en: 'Lamps & Lighting', shortZh: '灯饰', shortEn: 'Lamps' },
    ],
    modifiers: [
      { zh: '智能', en: 'Smart' },
      { zh: '节能', en: 'Energy-Saving' },
      { zh: '高光效', en: 'High-Efficiency' },
    ],
    applications: [
      { zh: '商业照明', en: 'commercial lighting' },
      { zh: '家居照明', en: 'home lighting' },
      { zh: '工业厂房', en: 'factory halls' },
      { zh: '城市道路', en: 'street lighting' },
    ],
    features: [
      { zh: '高光效 LED 芯片', en: 'high-efficacy LED chips' },
      { zh: '无频闪恒流驱动', en: 'flicker-free constant-current drivers' },
      { zh: '智能调光调色', en: 'smart dimming and tuneable white' },
    ],
    products: [
      { zh: 'LED台灯', en: 'LED Desk Lamp', category: 'indoor-lighting', tags: ['led', '台灯'], code: 'TD', modifiers: [{ zh: '护眼', en: 'Eye-Care' }, { zh: '智能', en: 'Smart' }], glb: 'lamp.glb', specs: [spec('色温', 'Colour temperature', ['2700–6500 K', '3000–5000 K']), spec('显色指数', 'CRI', ['Ra 90', 'Ra 95', 'Ra 97'])] },
      { zh: 'LED吸顶灯', en: 'LED Ceiling Light', category: 'indoor-lighting', tags: ['led', '吸顶灯'], code: 'XD', glb: 'lamp.glb', specs: [spec('功率', 'Power', ['24 W', '36 W', '48 W']), spec('光通量', 'Luminous flux', ['2,400 lm', '3,600 lm'])] },
      { zh: '工矿灯', en: 'High-Bay Light', category: 'industrial-lighting', tags: ['high-bay', '工矿灯'], code: 'GK', glb: 'lamp.glb', specs: [spec('功率', 'Power', ['100 W', '150 W', '200 W']), spec('光效', 'Efficacy', ['150 lm/W', '170 lm/W']), spec('防护等级', 'Protection', ['IP65', 'IP66'])] },
      { zh: '太阳能路灯', en: 'Solar Street Light', category: 'outdoor-lighting', tags: ['solar', '路灯'], code: 'LD', glb: 'lamp.glb', specs: [spec('电池容量', 'Battery', ['30 Ah', '60 Ah']), spec('照明时长', 'Lighting time', ['12 h', '36 h (3 个阴雨天 / 3 rainy days)'])] },
      { zh: '轨道射灯', en: 'Track Spotlight', category: 'commercial-lighting', tags: ['spotlight', '射灯'], code: 'GD', glb: 'lamp.glb', specs: [spec('光束角', 'Beam angle', ['15°', '24°', '36°']), spec('功率', 'Power', ['12 W', '20 W', '30 W'])] },
      { zh: '智能照明控制器', en: 'Lighting Controller', category: 'lighting-control', tags: ['dali', '控制'], code: 'KZ', specs: [spec('协议', 'Protocol', ['DALI-2', 'Zigbee 3.0', 'Bluetooth Mesh'])] },
      { zh: 'LED灯带', en: 'LED Strip', category: 'decorative-lighting', tags: ['strip', '灯带'], code: 'DT', specs: [spec('灯珠密度', 'LED density', ['60 颗/米 · LEDs/m', '120 颗/米 · LEDs/m']), VOLTAGE] },
      { zh: '落地阅读灯', en: 'Floor Reading Lamp', category: 'indoor-lighting', tags: ['floor-lamp', '落地灯'], code: 'YD', glb: 'lamp.glb', specs: [spec('高度', 'Height', ['1,450 mm', '1,600 mm'])] },
    ],
  },
  {
    id: 'new-energy-vehicles',
    zh: '新能源汽车',
    en: 'new-energy vehicles',
    companyCores: [
      { zh: '新能源汽车', en: 'New Energy Vehicle', shortZh: '新能源', shortEn: 'NEV' },
      { zh: '电动车辆', en: 'Electric Vehicle', shortZh: '电动车', shortEn: 'EV' },
      { zh: '动力电池', en: 'Power Battery', shortZh: '电池', shortEn: 'Battery' },
    ],
    modifiers: [
      { zh: '智能', en: 'Smart' },
      { zh: '长续航', en: 'Long-Range' },
      { zh: '纯电动', en: 'Battery-Electric' },
      { zh: '高性能', en: 'High-Performance' },
    ],
    applications: [
      { zh: '城市通勤', en: 'urban commuting' },
      { zh: '城市物流配送', en: 'urban delivery' },
      { zh: '网约车运营', en: 'ride-hailing fleets' },
      { zh: '公共充电网络', en: 'public charging networks' },
    ],
    features: [
      { zh: '高安全磷酸铁锂电芯', en: 'high-safety LFP cells' },
      { zh: '800 V 高压快充平台', en: 'an 800 V fast-charging platform' },
      { zh: '整车 OTA 远程升级', en: 'over-the-air software updates' },
    ],
    products: [
      { zh: '电动轿车', en: 'Electric Sedan', category: 'passenger-vehicles', tags: ['ev', '电动车', 'sedan'], code: 'EV', glb: 'vehicle.glb', specs: [spec('续航里程', 'Range (CLTC)', ['520 km', '610 km', '705 km']), spec('电池容量', 'Battery', ['64 kWh', '78 kWh', '100 kWh']), spec('百公里加速', '0–100 km/h', ['3.8 s', '5.9 s', '7.2 s'])] },
      { zh: '电动SUV', en: 'Electric SUV', category: 'passenger-vehicles', tags: ['ev', 'suv'], code: 'ES', glb: 'vehicle.glb', specs: [spec('续航里程', 'Range (CLTC)', ['550 km', '650 km']), spec('驱动', 'Drive', ['后驱 / RWD', '四驱 / AWD'])] },
      { zh: '电动物流车', en: 'Electric Delivery Van', category: 'commercial-vehicles', tags: ['logistics', '物流车'], code: 'LV', glb: 'vehicle.glb', specs: [spec('载重', 'Payload', ['1.2 t', '1.8 t']), spec('货厢容积', 'Cargo volume', ['6 m³', '9 m³'])] },
      { zh: '直流快充桩', en: 'DC Fast Charger', category: 'charging', tags: ['charging', '充电桩'], code: 'DC', modifiers: [{ zh: '智能', en: 'Smart' }, { zh: '大功率', en: 'High-Power' }], specs: [spec('输出功率', 'Output power', ['60 kW', '120 kW', '240 kW']), spec('接口', 'Connector', ['GB/T', 'CCS2', 'GB/T + CCS2'])] },
      { zh: '家用交流充电桩', en: 'Home AC Wallbox', category: 'charging', tags: ['wallbox', '充电桩'], code: 'AC', glb: 'box-package.glb', modifiers: [{ zh: '智能', en: 'Smart' }, { zh: '大功率', en: 'High-Power' }], specs: [spec('输出功率', 'Output power', ['7 kW', '11 kW', '22 kW'])] },
      { zh: '磷酸铁锂电池包', en: 'LFP Battery Pack', category: 'batteries', tags: ['lfp', '电池'], code: 'BP', modifiers: [{ zh: '长寿命', en: 'Long-Life' }, { zh: '高能量密度', en: 'High-Density' }], glb: 'box-package.glb', specs: [spec('能量', 'Energy', ['50 kWh', '75 kWh', '100 kWh']), spec('循环寿命', 'Cycle life', ['3,000 次 / cycles', '4,000 次 / cycles'])] },
      { zh: '电驱动总成', en: 'E-Drive Unit', category: 'powertrain', tags: ['e-drive', '电驱'], code: 'ED', modifiers: [{ zh: '高效', en: 'High-Efficiency' }, { zh: '集成式', en: 'Integrated' }], glb: 'machine.glb', specs: [spec('峰值功率', 'Peak power', ['150 kW', '200 kW', '310 kW']), spec('峰值扭矩', 'Peak torque', ['310 N·m', '420 N·m'])] },
      { zh: '智能座舱域控制器', en: 'Cockpit Domain Controller', category: 'automotive-electronics', tags: ['cockpit', '智能座舱'], code: 'CDC', modifiers: [{ zh: '新一代', en: 'Next-Gen' }], specs: [spec('芯片', 'Chip', ['8295', '8155']), spec('屏幕支持', 'Displays', ['3', '5'])] },
    ],
  },
];
