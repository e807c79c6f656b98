import type { Locale } from '../model';

/** Every string the pages show, in both page languages. Keys name what the text is for. */
const MESSAGES = {
  'app.title': { 'zh-CN': '开放云展会', en: 'Open Expo' },
  'lobby.heading': { 'zh-CN': '展馆', en: 'Exhibition halls' },
  'lobby.intro': {
    'zh-CN': '选择一个展馆，走进三维展厅，参观展位和展品。',
    en: 'Pick a hall to walk through it in 3D and visit the booths.',
  },
  'lobby.loading': { 'zh-CN': '正在加载展馆…', en: 'Loading halls…' },
  'lobby.empty': { 'zh-CN': '还没有展馆。', en: 'There are no halls yet.' },
  'lobby.error': { 'zh-CN': '无法加载展馆列表', en: 'Could not load the halls' },
  'lobby.retry': { 'zh-CN': '重试', en: 'Retry' },
  'lobby.enter': { 'zh-CN': '进入展馆', en: 'Enter hall' },
  'lobby.exhibitors': { 'zh-CN': '{n} 家展商', en: '{n} exhibitors' },
  'lobby.size': { 'zh-CN': '{w} × {d} 米', en: '{w} × {d} m' },
  'hall.back': { 'zh-CN': '返回展馆列表', en: 'All halls' },
  'hall.loading.shell': { 'zh-CN': '正在搭建展厅…', en: 'Building the hall…' },
  'hall.loading.booths': { 'zh-CN': '正在布置展位…', en: 'Setting up booths…' },
  'hall.loading.products': { 'zh-CN': '正在摆放展品…', en: 'Placing products…' },
  'hall.loading.data': { 'zh-CN': '正在获取展馆数据…', en: 'Fetching the hall…' },
  'hall.notFound': { 'zh-CN': '没有找到这个展馆。', en: 'There is no such hall.' },
  'hall.error': { 'zh-CN': '展馆加载失败', en: 'The hall could not be loaded' },
  'hall.noWebgl': { 'zh-CN': '您的浏览器不支持 WebGL，无法显示三维展厅。', en: 'Your browser has no WebGL, so the 3D hall cannot be shown.' },
  'hall.help': {
    'zh-CN': 'WASD 或方向键行走 · Shift 奔跑 · 拖动鼠标环顾 · 点击展品查看详情',
    en: 'WASD or arrow keys to walk · Shift to run · drag to look around · click a product for details',
  },
  'hall.helpTouch': {
    'zh-CN': '拖动环顾四周 · 点击展品查看详情',
    en: 'Drag to look around · tap a product for details',
  },
  'hall.online': { 'zh-CN': '在线 {n} 人', en: '{n} online' },
  'hall.offline': { 'zh-CN': '未连接，其他访客不可见', en: 'Offline — other visitors are not shown' },
  'hall.reconnecting': { 'zh-CN': '正在重新连接…', en: 'Reconnecting…' },
  'panel.close': { 'zh-CN': '关闭', en: 'Close' },
  'panel.category': { 'zh-CN': '类别', en: 'Category' },
  'panel.model': { 'zh-CN': '型号', en: 'Model' },
  'panel.specs': { 'zh-CN': '规格参数', en: 'Specifications' },
  'panel.loading': { 'zh-CN': '正在加载展品…', en: 'Loading product…' },
  'panel.error': { 'zh-CN': '展品信息加载失败', en: 'Could not load this product' },
  'panel.exhibitor': { 'zh-CN': '展商', en: 'Exhibitor' },
  'visitor.name': { 'zh-CN': '访客{n}', en: 'Visitor {n}' },
  'locale.switch': { 'zh-CN': 'English', en: '中文' },
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** The text for `key` in `locale`, with `{name}` placeholders filled in (as text, never HTML). */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
