import { defineTranslations } from '../i18n/defineMessages.ts';
import { examplesMessages } from './examplesMessages.ts';

/**
 * Messages of the Examples gallery: its dialog and each built-in example's title and description.
 * In Chinese: loaded only when the interface language is Chinese.
 */
export const examplesTranslations = defineTranslations(examplesMessages, {
  'zh-Hans': {
    'examples.button': '示例',
    'examples.buttonHint': '打开内置示例（当前工作保留在历史记录中：撤销即可返回）',
    'examples.title': '示例',
    'examples.intro':
      '每个示例都是一小组完整的资源。打开示例会替换当前文档；撤销即可找回你的工作。',
    'examples.open': '打开',
    'examples.present': '演示',
    'examples.presentNamed': '以演示方式展示{title}',
    'examples.close': '关闭',
    'examples.loading': '正在加载示例…',
    'examples.unavailable': '无法加载示例：{detail}',
    'examples.notFound': '没有名为“{id}”的内置示例。',
    'examples.openFailed': '无法打开示例“{id}”：{detail}',
    'examples.preview': '{title}的预览',
    'examples.canary.title': '金丝雀发布',
    'examples.canary.description':
      '一个 Gateway 接收发往 www.example.com 的请求，一个 HTTPRoute 按权重拆分它们：90% 发往稳定版本，10% 发往金丝雀版本。发送流量观察拆分效果，再调整权重逐步推进金丝雀。',
    'examples.mesh-canary.title': '网格中的金丝雀发布',
    'examples.mesh-canary.description':
      '同样的 90 / 10 拆分，但在东西向：挂在 Service echo-service（其前端）上的 HTTPRoute 把其他工作负载对它的调用拆分到 echo-v1 和 echo-v2。',
    'examples.split-across-rules.title': '权重分散在不同规则中',
    'examples.split-across-rules.description':
      '一个常见错误：权重写在两条匹配相同请求的规则里，于是第一条规则每次都胜出——echo-v1 得到 100%，echo-v2 得到 0%。“问题”面板会解释原因和修正方法。',
    'examples.blue-green.title': '蓝绿部署',
    'examples.blue-green.description':
      '生产流量发往蓝色版本，绿色版本以权重 0 待命；测试人员通过请求头访问绿色版本。交换两个权重即可一次性切换所有请求，再换回来即可回滚。',
    'examples.header-routing.title': '按请求头、方法和查询参数路由',
    'examples.header-routing.description':
      '一个主机、四条规则：按请求头识别测试用户，按方法识别写入，按查询参数识别一致性读取，其余请求发往副本。无论顺序如何，最具体的匹配胜出。',
    'examples.grpc-methods.title': 'gRPC 方法',
    'examples.grpc-methods.description':
      '网格 Service 上的 GRPCRoute 把 EchoTwo 方法发往一个版本，把该服务的其他方法发往另一个版本；它不认识的服务会得到 UNIMPLEMENTED。',
    'examples.ingress-and-mesh.title': '入口与网格结合',
    'examples.ingress-and-mesh.description':
      '购物者通过 Gateway 进入（南北向）；店面随后调用 inventory Service（东西向），按 80 / 20 拆分——但来自 reports 命名空间的调用方有自己的路由，始终使用 v1。',
    'examples.cross-namespace.title': '跨命名空间',
    'examples.cross-namespace.description':
      'infra 中的共享 Gateway 接纳带标签命名空间的路由；shop 团队的路由把 /checkout 发往 payments 中的 Service，那里的 ReferenceGrant 允许这样做。',
    'examples.https-redirect.title': 'HTTP 重定向到 HTTPS',
    'examples.https-redirect.description':
      '80 端口对每个请求都以永久重定向指向 https://；HTTPS 监听器终止 TLS 并提供站点服务。',
  },
  'zh-Hant': {
    'examples.button': '範例',
    'examples.buttonHint': '開啟內建範例（目前的工作保留在歷史記錄中：復原即可返回）',
    'examples.title': '範例',
    'examples.intro':
      '每個範例都是一小組完整的資源。開啟範例會取代目前的文件；復原即可找回你的工作。',
    'examples.open': '開啟',
    'examples.present': '簡報',
    'examples.presentNamed': '以簡報方式展示{title}',
    'examples.close': '關閉',
    'examples.loading': '正在載入範例…',
    'examples.unavailable': '無法載入範例：{detail}',
    'examples.notFound': '沒有名為「{id}」的內建範例。',
    'examples.openFailed': '無法開啟範例「{id}」：{detail}',
    'examples.preview': '{title}的預覽',
    'examples.canary.title': '金絲雀發布',
    'examples.canary.description':
      '一個 Gateway 接收送往 www.example.com 的請求，一個 HTTPRoute 依權重分流：90% 送往穩定版本，10% 送往金絲雀版本。傳送流量觀察分流情形，再調整權重逐步推進金絲雀。',
    'examples.mesh-canary.title': '網格中的金絲雀發布',
    'examples.mesh-canary.description':
      '同樣的 90 / 10 分流，但在東西向：掛在 Service echo-service（其前端）上的 HTTPRoute 把其他工作負載對它的呼叫分流到 echo-v1 與 echo-v2。',
    'examples.split-across-rules.title': '權重分散在不同規則中',
    'examples.split-across-rules.description':
      '一個常見錯誤：權重寫在兩條比對相同請求的規則裡，於是第一條規則每次都勝出——echo-v1 得到 100%，echo-v2 得到 0%。「問題」面板會說明原因與修正方法。',
    'examples.blue-green.title': '藍綠部署',
    'examples.blue-green.description':
      '正式流量送往藍色版本，綠色版本以權重 0 待命；測試人員透過標頭存取綠色版本。交換兩個權重即可一次切換所有請求，再換回來即可回復。',
    'examples.header-routing.title': '依標頭、方法與查詢參數路由',
    'examples.header-routing.description':
      '一個主機、四條規則：依標頭辨識測試使用者，依方法辨識寫入，依查詢參數辨識一致性讀取，其餘請求送往副本。無論順序為何，最具體的比對勝出。',
    'examples.grpc-methods.title': 'gRPC 方法',
    'examples.grpc-methods.description':
      '網格 Service 上的 GRPCRoute 把 EchoTwo 方法送往一個版本，把該服務的其他方法送往另一個版本；它不認得的服務會得到 UNIMPLEMENTED。',
    'examples.ingress-and-mesh.title': '入口與網格結合',
    'examples.ingress-and-mesh.description':
      '購物者透過 Gateway 進入（南北向）；店面接著呼叫 inventory Service（東西向），依 80 / 20 分流——但來自 reports 命名空間的呼叫端有自己的路由，一律使用 v1。',
    'examples.cross-namespace.title': '跨命名空間',
    'examples.cross-namespace.description':
      'infra 中的共用 Gateway 接納帶標籤命名空間的路由；shop 團隊的路由把 /checkout 送往 payments 中的 Service，那裡的 ReferenceGrant 允許這麼做。',
    'examples.https-redirect.title': 'HTTP 重新導向至 HTTPS',
    'examples.https-redirect.description':
      '80 連接埠對每個請求都以永久重新導向指向 https://；HTTPS 接聽程式終止 TLS 並提供網站服務。',
  },
});
