import { defineTranslations } from '../i18n/defineMessages.ts';
import { demoMessages } from './demoMessages.ts';

/**
 * Messages of the demo mode: its controls and the captions of each story's steps.
 * In Chinese: loaded only when the interface language is Chinese.
 */
export const demoTranslations = defineTranslations(demoMessages, {
  'zh-Hans': {
    'demo.region': '演示',
    'demo.step': '第 {step} 步，共 {total} 步',
    'demo.previous': '上一步',
    'demo.next': '下一步',
    'demo.end': '结束演示',
    'demo.keys': '→ 或空格：下一步 · ←：上一步 · Esc：结束',
    'demo.failed': '无法应用此步骤：{detail}',
    'demo.canary.start':
      '所有请求都发往 web-v1。新版本 web-v2 已部署在旁边，权重为 0：目前还收不到任何请求。',
    'demo.canary.ten':
      '金丝雀：权重为 90 和 10。现在大约每十个请求中有一个到达 web-v2；请观察图上它的连线和下方的表格。',
    'demo.canary.half': '金丝雀运行良好：权重为 50 和 50。两个版本各承担一半流量。',
    'demo.canary.all': '推进完成：权重为 0 和 100。web-v2 接收所有请求；web-v1 可以下线了。',
    'demo.mesh-canary.start':
      '在网格内部，所有对 echo-service 的调用都发往 echo-v1。echo-v2 以权重 0 在旁运行。',
    'demo.mesh-canary.ten':
      '金丝雀：echo-service 前端上的路由把 10% 的调用发往 echo-v2。调用方完全不需要改动。',
    'demo.mesh-canary.half': '各占一半：权重为 50 和 50。',
    'demo.mesh-canary.all': '推进完成：echo-v2 响应所有调用。',
    'demo.blue-green.blue':
      '蓝色版本在线：购物者访问 shop-blue。绿色版本以权重 0 待命；只有带请求头 x-env: green 的测试人员能访问它。',
    'demo.blue-green.switch': '切换：绿色的权重变为 1，蓝色变为 0。所有购物者立即转到绿色版本。',
    'demo.blue-green.rollback': '回滚：再次交换权重，所有购物者同样迅速地回到蓝色版本。',
  },
  'zh-Hant': {
    'demo.region': '簡報',
    'demo.step': '第 {step} 步，共 {total} 步',
    'demo.previous': '上一步',
    'demo.next': '下一步',
    'demo.end': '結束簡報',
    'demo.keys': '→ 或空白鍵：下一步 · ←：上一步 · Esc：結束',
    'demo.failed': '無法套用此步驟：{detail}',
    'demo.canary.start':
      '所有請求都送往 web-v1。新版本 web-v2 已部署在旁邊，權重為 0：目前還收不到任何請求。',
    'demo.canary.ten':
      '金絲雀：權重為 90 與 10。現在大約每十個請求中有一個到達 web-v2；請觀察圖上它的連線與下方的表格。',
    'demo.canary.half': '金絲雀運作良好：權重為 50 與 50。兩個版本各承擔一半流量。',
    'demo.canary.all': '推進完成：權重為 0 與 100。web-v2 接收所有請求；web-v1 可以下線了。',
    'demo.mesh-canary.start':
      '在網格內部，所有對 echo-service 的呼叫都送往 echo-v1。echo-v2 以權重 0 在旁執行。',
    'demo.mesh-canary.ten':
      '金絲雀：echo-service 前端上的路由把 10% 的呼叫送往 echo-v2。呼叫端完全不需要變更。',
    'demo.mesh-canary.half': '各佔一半：權重為 50 與 50。',
    'demo.mesh-canary.all': '推進完成：echo-v2 回應所有呼叫。',
    'demo.blue-green.blue':
      '藍色版本上線中：購物者存取 shop-blue。綠色版本以權重 0 待命；只有帶標頭 x-env: green 的測試人員能存取它。',
    'demo.blue-green.switch': '切換：綠色的權重變為 1，藍色變為 0。所有購物者立即轉到綠色版本。',
    'demo.blue-green.rollback': '回復：再次交換權重，所有購物者同樣迅速地回到藍色版本。',
  },
});
