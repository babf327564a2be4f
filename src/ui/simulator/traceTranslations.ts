import type { StepTextKey } from '../../core/index.ts';

/**
 * Translations of the simulator's explanation steps, by template key: the sentences
 * (`simulate.step.*`), the parts they are built from (`simulate.part.*`) and the list separators
 * (`simulate.list.*`). The English templates are the core's `stepTemplates`; every key must be
 * here, so a template the core adds is a type error until it is translated.
 *
 * Placeholders are the template's own: a translation may reorder them, and may leave out the
 * spaces and punctuation English puts around parts (`hostNote`, `owner`, `backoff` begin with
 * them). API names (kinds, filter types, field names such as `backendRefs`, condition reasons,
 * status codes) stay as they are, as in the rest of the interface. Letters in parentheses, such
 * as (A4), are the sections of the Gateway API reference.
 */
export const traceTranslations: Readonly<
  Record<'zh-Hans' | 'zh-Hant', Readonly<Record<StepTextKey, string>>>
> = {
  'zh-Hans': {
    'simulate.list.comma': '、',
    'simulate.list.semicolon': '；',

    'simulate.step.noGateway': '文档中没有 Gateway {gateway}：404',
    'simulate.step.enters': '{request}{hostNote} 进入 Gateway {gateway} 的端口 {port}',
    'simulate.part.hostHeader': '（Host 请求头为 {host}）',
    'simulate.step.listenerRejected': '{listener}不接收此请求：{reason}',
    'simulate.part.listener': '{owner}监听器 {name}（{protocol}，端口 {port}，{hostname}）',
    'simulate.part.listenerSetOwner': 'ListenerSet {name} 的',
    'simulate.part.protocolMismatch': '它的协议 {protocol} 不接收 {scheme} 请求',
    'simulate.part.listenerConflicted': '它处于 Conflicted 状态，冲突的监听器永远收不到流量（F10）',
    'simulate.part.listenerNotReady': '它未被接受或未就绪（Accepted、Programmed）',
    'simulate.step.noListenerForHost':
      '端口 {port} 上没有与主机 {host} 匹配的 {protocol} 监听器：404',
    'simulate.step.noListenerOnPort':
      'Gateway {gateway} 在端口 {port} 上没有 {protocol} 监听器（现有端口：{ports}）：404',
    'simulate.step.listenerTakes':
      '{listener}接收此请求：在匹配{by} 的监听器主机名中，它最具体（A1）',
    'simulate.part.byServerName': ' TLS 服务器名称 {name}',
    'simulate.part.byHost': '主机 {name}',
    'simulate.step.alsoMatching':
      '同样匹配但不够具体：{listeners}；只有挂载到所选监听器的路由才是候选（监听器隔离）',
    'simulate.step.misdirected':
      '主机 {host} 属于另一个监听器，而不是 TLS 服务器名称选中的那个：421 Misdirected Request（B4）',

    'simulate.step.unknownService':
      '{request}（来自命名空间 {from}）：{host} {what}。真实的客户端会无法解析或连接；模拟器返回 503',
    'simulate.part.namedService': '是 Service {service}，但文档中没有它',
    'simulate.part.anyService':
      '不是有效的 Service 地址（应为 name、name.namespace、name.namespace.svc 或 name.namespace.svc.cluster.local），文档中也没有对应的 Service',
    'simulate.step.meshEntry':
      '{request}（来自命名空间 {from}）发往 Service {service} 的端口 {port}：网格路由按目标选择，而不是按 Host 请求头（E2）',
    'simulate.step.serviceNoPort': 'Service {service} 没有端口 {port}（现有端口：{ports}）：503',
    'simulate.step.noMeshRoute':
      '对此调用方而言，没有路由绑定到 Service {service} 的端口 {port}：Service 照常发往它自己的端点（E3）',
    'simulate.step.consumerRoutes':
      '命名空间 {from} 的消费者路由生效（对 {from} 中的调用方，它们取代生产者路由，E5）：{routes}',
    'simulate.step.producerRoutes':
      '生产者路由生效（Service 所在命名空间中的路由，适用于所有调用方，E5）：{routes}',
    'simulate.step.meshConflicted':
      '{routes} 把端口让给了 GRPCRoute：一个端口只有一种路由类型生效，GRPCRoute 优先于 HTTPRoute（E7）',
    'simulate.step.meshHostnamesIgnored': '网格路由会忽略路由的主机名（E8）：{routes}',

    'simulate.step.grpcOnly':
      '这是一个 gRPC 调用：只有服务此主机的 GRPCRoute 参与竞争；HTTPRoute 与 GRPCRoute 从不合并（G1）',
    'simulate.step.grpcAsHttp':
      '这是一个 gRPC 调用，但没有 GRPCRoute 服务此主机：由 HTTPRoute 把它当作 HTTP/2 请求路由（G4 允许实现自行选择）',
    'simulate.step.notForHost': '不服务主机 {host}：{routes}',
    'simulate.part.routeHostnames': '{route}（{hostnames}）',
    'simulate.step.noMatch': '{match}（{conditions}）不匹配：{reason}',
    'simulate.step.moreNoMatch': '另有 {count} 个优先级更高的匹配条件不匹配',
    'simulate.step.moreLosers': '另有 {count} 个匹配条件同样匹配，但在优先级上落败',
    'simulate.step.wins': '{match} 胜出：{conditions}',
    'simulate.step.regexSemantics':
      'RegularExpression 按 RE2 语法与整个路径匹配；规范把正则表达式的行为留给实现决定',
    'simulate.step.loses': '{match}（{conditions}）同样匹配但落败：{reason}',
    'simulate.part.loseHostname': '胜出者的主机名 {winner} 比 {loser} 更具体（A3）',
    'simulate.part.loseMoreSpecificHostname': '胜出者的主机名更具体（A3）',
    'simulate.part.loseExactPath': 'Exact 路径匹配优先于其他任何路径匹配（A4）',
    'simulate.part.loseRegexPath':
      'RegularExpression 路径匹配排在所有 PathPrefix 匹配之前：规范把这一点留给实现决定（A4），这是模拟器的选择',
    'simulate.part.losePrefixLength':
      '它的前缀 {prefix}（{length}）比 {winnerPrefix}（{winnerLength} 个字符）短（A4）',
    'simulate.part.loseRegexLength':
      '它的 RegularExpression 更短；较长的模式排在前面，这是模拟器的选择（A4）',
    'simulate.part.loseMethod': '胜出者还匹配了方法，方法的优先级仅次于路径（A4）',
    'simulate.part.loseHeaders':
      '它匹配 {count}，胜出者匹配 {winnerCount} 个（请求头匹配条件多者胜出）',
    'simulate.part.loseQueryParams':
      '它匹配 {count}，胜出者匹配 {winnerCount} 个（查询参数匹配条件多者胜出）',
    'simulate.part.loseGrpcService': '胜出者匹配的服务名更长（G1）',
    'simulate.part.loseGrpcMethod': '胜出者匹配的方法名更长（G1）',
    'simulate.part.loseAgeDraft':
      '{route} 更早：没有 creationTimestamp 的路由视为比有此字段的路由更新（模拟器对草稿的选择，A5）',
    'simulate.part.loseAge': '{route} 更早（creationTimestamp 最早者在平局时胜出，A5）',
    'simulate.part.loseName': '优先级和创建时间都相同；{winner} 按名称排在 {loser} 之前（A5）',
    'simulate.part.loseRuleOrder': '优先级相同；规则 {rule} 在路由中排在前面（A6）',
    'simulate.part.characters.one': '{count} 个字符',
    'simulate.part.characters.other': '{count} 个字符',
    'simulate.part.headers.one': '{count} 个请求头',
    'simulate.part.headers.other': '{count} 个请求头',
    'simulate.part.queryParams.one': '{count} 个查询参数',
    'simulate.part.queryParams.other': '{count} 个查询参数',

    'simulate.part.rule': '{route} 规则 {rule}',
    'simulate.part.ruleNamed': '{route} 规则 {rule}（{name}）',
    'simulate.part.ruleMatch': '{route} 规则 {rule} 匹配条件 {match}',
    'simulate.part.ruleNamedMatch': '{route} 规则 {rule}（{name}）匹配条件 {match}',
    'simulate.part.defaultMatch': '{conditions}（未写匹配条件，使用默认值）',
    'simulate.part.everyCall': '所有调用（没有匹配条件）',
    'simulate.part.regexMatch': '{conditions}（RegularExpression）',
    'simulate.part.method': '方法 {method}',
    'simulate.part.service': '服务 {service}',
    'simulate.part.headerCondition': '请求头 {condition}',
    'simulate.part.queryCondition': '查询参数 {condition}',

    'simulate.part.ruleDropped': '它的规则含有 RE2 不接受的模式，因此控制器会丢弃该规则',
    'simulate.part.pathNotExact': '路径 {path} 不完全等于 {value}',
    'simulate.part.pathNotUnderPrefix': '路径 {path} 不在前缀 {value} 之下（按路径段比较）',
    'simulate.part.pathNotRegex': '路径 {path} 与 RegularExpression {value} 不匹配',
    'simulate.part.methodNot': '方法 {actual} 不是 {expected}',
    'simulate.part.notGrpc': '该请求不是 gRPC 调用',
    'simulate.part.serviceNot': '服务 {actual} 不是 {expected}',
    'simulate.part.noValue': '（无）',
    'simulate.part.headerMissing': '缺少请求头 {name}',
    'simulate.part.queryMissing': '缺少查询参数 {name}',
    'simulate.part.headerValue': '请求头 {name} 的值是 "{actual}"，而不是 "{expected}"',
    'simulate.part.queryValue': '查询参数 {name} 的值是 "{actual}"，而不是 "{expected}"',

    'simulate.step.requestHeaderModifier': 'RequestHeaderModifier：{changes}',
    'simulate.step.responseHeaderModifier': 'ResponseHeaderModifier：{changes}',
    'simulate.part.headerSet': '设置 {name}: {value}',
    'simulate.part.headerAdd': '追加 {name}: {value}',
    'simulate.part.headerRemove': '移除 {name}',
    'simulate.part.noChange': '无更改',
    'simulate.step.redirect': 'RequestRedirect 以 {status} 响应，Location 为 {location}',
    'simulate.step.rewriteNoPrefix':
      'URLRewrite：ReplacePrefixMatch 要求规则通过一个 PathPrefix 匹配；路径保持不变',
    'simulate.step.rewrite': 'URLRewrite：{changes}',
    'simulate.part.rewriteHost': '主机改为 {host}',
    'simulate.part.rewritePath': '路径改为 {path}',
    'simulate.step.mirror':
      'RequestMirror：{percent}% 的请求会复制到 {backend}；其响应被忽略。副本是镜像之前的过滤器处理后的请求（规范未作规定，D4）',
    'simulate.step.corsNoOrigin': 'CORS：没有 Origin 请求头，因此该过滤器不起作用',
    'simulate.step.corsAllowed': 'CORS：该来源被允许；响应中会添加 CORS 响应头',
    'simulate.step.corsNotAllowed': 'CORS：该来源不被允许；不添加 CORS 响应头',
    'simulate.step.corsPreflight': 'CORS：网关以 {status} 响应预检请求',
    'simulate.step.corsPreflightRejected':
      'CORS：该来源不被允许；网关以 {status} 响应预检请求（规范也允许返回不带 CORS 响应头的 200 或 204）',
    'simulate.step.extensionMissing': 'ExtensionRef {target} 不存在：网关返回 500',
    'simulate.step.extensionNotSimulated': 'ExtensionRef {target}：其效果由实现决定，未模拟',
    'simulate.step.externalAuth': 'ExternalAuth：未模拟授权服务；假定请求被允许',

    'simulate.step.split': '规则 {rule} 拆分流量：{parts}',
    'simulate.part.splitZero': '{backend} 权重 0，收不到流量（C2）',
    'simulate.part.splitShare': '{backend} 权重 {weight}（{share}）',
    'simulate.part.splitInvalid':
      '{backend} 权重 {weight}（{share}；无效：{reason}，这部分流量得到 500，C4）',
    'simulate.step.everyRequest': '每个请求都发往 {backend}',
    'simulate.step.drawn': '此请求按权重抽中了 {backend}（占请求的 {share}）',
    'simulate.step.invalidBackend': '{backend} 无效（{reason}）：它所占的流量得到 500',
    'simulate.part.unresolved': '未解析',
    'simulate.step.ruleNoBackends': '规则 {rule} 没有 backendRefs：它匹配的每个请求都得到 500',
    'simulate.step.ruleFiltersNoBackends':
      '规则 {rule} 有过滤器但没有 backendRefs：规范没有说明会发生什么；模拟器返回 500',
    'simulate.step.allWeightsZero':
      '规则 {rule} 的每个 backendRef 权重都是 0：v1.6.1 未定义这种情况（C3）；模拟器返回 500（gRPC UNAVAILABLE），与尚在讨论的一致性提案的预期相同',
    'simulate.step.timeouts':
      '超时 {timeouts}：后端慢于此值时，网关会返回 504（"0s" 表示禁用该超时，D8）。模拟的后端立即响应，因此不会触发超时',
    'simulate.part.timeoutRequest': 'request {duration}',
    'simulate.part.timeoutBackendRequest': 'backendRequest {duration}',
    'simulate.step.retry':
      '重试：遇到 {codes} 时最多重试 {attempts} 次{backoff}；重试用尽后客户端得到最后一个错误（D9）。模拟的后端返回 200，因此不会重试',
    'simulate.part.backoff': '，退避间隔 {duration}',

    'simulate.step.forwarded': '{status}：以 {request} 转发到 {backend}',
    'simulate.step.redirected': '{status}：重定向到 {location}',
    'simulate.step.noRoute': '{status}：没有路由匹配该请求（{sections}）',
    'simulate.step.answered': '{status}：由网关直接响应',
    'simulate.part.none': '无',
    'simulate.part.anyHost': '任意主机',
    'simulate.part.andMore': '{items} 及另外 {more} 个',
  },
  'zh-Hant': {
    'simulate.list.comma': '、',
    'simulate.list.semicolon': '；',

    'simulate.step.noGateway': '文件中沒有 Gateway {gateway}：404',
    'simulate.step.enters': '{request}{hostNote} 進入 Gateway {gateway} 的連接埠 {port}',
    'simulate.part.hostHeader': '（Host 請求標頭為 {host}）',
    'simulate.step.listenerRejected': '{listener}不接收此請求：{reason}',
    'simulate.part.listener': '{owner}監聽器 {name}（{protocol}，連接埠 {port}，{hostname}）',
    'simulate.part.listenerSetOwner': 'ListenerSet {name} 的',
    'simulate.part.protocolMismatch': '它的協定 {protocol} 不接收 {scheme} 請求',
    'simulate.part.listenerConflicted': '它處於 Conflicted 狀態，衝突的監聽器永遠收不到流量（F10）',
    'simulate.part.listenerNotReady': '它未被接受或尚未就緒（Accepted、Programmed）',
    'simulate.step.noListenerForHost':
      '連接埠 {port} 上沒有與主機 {host} 相符的 {protocol} 監聽器：404',
    'simulate.step.noListenerOnPort':
      'Gateway {gateway} 在連接埠 {port} 上沒有 {protocol} 監聽器（現有連接埠：{ports}）：404',
    'simulate.step.listenerTakes':
      '{listener}接收此請求：在符合{by} 的監聽器主機名稱中，它最具體（A1）',
    'simulate.part.byServerName': ' TLS 伺服器名稱 {name}',
    'simulate.part.byHost': '主機 {name}',
    'simulate.step.alsoMatching':
      '同樣相符但不夠具體：{listeners}；只有附加到所選監聽器的路由才是候選（監聽器隔離）',
    'simulate.step.misdirected':
      '主機 {host} 屬於另一個監聽器，而不是 TLS 伺服器名稱選中的那個：421 Misdirected Request（B4）',

    'simulate.step.unknownService':
      '{request}（來自命名空間 {from}）：{host} {what}。真實的用戶端會無法解析或連線；模擬器回應 503',
    'simulate.part.namedService': '是 Service {service}，但文件中沒有它',
    'simulate.part.anyService':
      '不是有效的 Service 位址（應為 name、name.namespace、name.namespace.svc 或 name.namespace.svc.cluster.local），文件中也沒有對應的 Service',
    'simulate.step.meshEntry':
      '{request}（來自命名空間 {from}）送往 Service {service} 的連接埠 {port}：網格路由依目的地選擇，而不是依 Host 請求標頭（E2）',
    'simulate.step.serviceNoPort':
      'Service {service} 沒有連接埠 {port}（現有連接埠：{ports}）：503',
    'simulate.step.noMeshRoute':
      '對此呼叫端而言，沒有路由繫結到 Service {service} 的連接埠 {port}：Service 照常送往它自己的端點（E3）',
    'simulate.step.consumerRoutes':
      '命名空間 {from} 的取用者路由生效（對 {from} 中的呼叫端，它們取代提供者路由，E5）：{routes}',
    'simulate.step.producerRoutes':
      '提供者路由生效（Service 所在命名空間中的路由，適用於所有呼叫端，E5）：{routes}',
    'simulate.step.meshConflicted':
      '{routes} 把連接埠讓給了 GRPCRoute：一個連接埠只有一種路由種類生效，GRPCRoute 優先於 HTTPRoute（E7）',
    'simulate.step.meshHostnamesIgnored': '網格路由會忽略路由的主機名稱（E8）：{routes}',

    'simulate.step.grpcOnly':
      '這是一個 gRPC 呼叫：只有服務此主機的 GRPCRoute 參與競爭；HTTPRoute 與 GRPCRoute 從不合併（G1）',
    'simulate.step.grpcAsHttp':
      '這是一個 gRPC 呼叫，但沒有 GRPCRoute 服務此主機：由 HTTPRoute 把它當作 HTTP/2 請求路由（G4 允許實作自行選擇）',
    'simulate.step.notForHost': '不服務主機 {host}：{routes}',
    'simulate.part.routeHostnames': '{route}（{hostnames}）',
    'simulate.step.noMatch': '{match}（{conditions}）不相符：{reason}',
    'simulate.step.moreNoMatch': '另有 {count} 個優先順序更高的比對條件不相符',
    'simulate.step.moreLosers': '另有 {count} 個比對條件同樣相符，但在優先順序上落敗',
    'simulate.step.wins': '{match} 勝出：{conditions}',
    'simulate.step.regexSemantics':
      'RegularExpression 依 RE2 語法與整個路徑比對；規格把規則運算式的行為留給實作決定',
    'simulate.step.loses': '{match}（{conditions}）同樣相符但落敗：{reason}',
    'simulate.part.loseHostname': '勝出者的主機名稱 {winner} 比 {loser} 更具體（A3）',
    'simulate.part.loseMoreSpecificHostname': '勝出者的主機名稱更具體（A3）',
    'simulate.part.loseExactPath': 'Exact 路徑比對優先於其他任何路徑比對（A4）',
    'simulate.part.loseRegexPath':
      'RegularExpression 路徑比對排在所有 PathPrefix 比對之前：規格把這一點留給實作決定（A4），這是模擬器的選擇',
    'simulate.part.losePrefixLength':
      '它的前置詞 {prefix}（{length}）比 {winnerPrefix}（{winnerLength} 個字元）短（A4）',
    'simulate.part.loseRegexLength':
      '它的 RegularExpression 較短；較長的模式排在前面，這是模擬器的選擇（A4）',
    'simulate.part.loseMethod': '勝出者還比對了方法，方法的優先順序僅次於路徑（A4）',
    'simulate.part.loseHeaders':
      '它比對 {count}，勝出者比對 {winnerCount} 個（請求標頭比對條件較多者勝出）',
    'simulate.part.loseQueryParams':
      '它比對 {count}，勝出者比對 {winnerCount} 個（查詢參數比對條件較多者勝出）',
    'simulate.part.loseGrpcService': '勝出者比對的服務名稱較長（G1）',
    'simulate.part.loseGrpcMethod': '勝出者比對的方法名稱較長（G1）',
    'simulate.part.loseAgeDraft':
      '{route} 較早：沒有 creationTimestamp 的路由視為比有此欄位的路由更新（模擬器對草稿的選擇，A5）',
    'simulate.part.loseAge': '{route} 較早（creationTimestamp 最早者在平手時勝出，A5）',
    'simulate.part.loseName': '優先順序與建立時間都相同；{winner} 依名稱排在 {loser} 之前（A5）',
    'simulate.part.loseRuleOrder': '優先順序相同；規則 {rule} 在路由中排在前面（A6）',
    'simulate.part.characters.one': '{count} 個字元',
    'simulate.part.characters.other': '{count} 個字元',
    'simulate.part.headers.one': '{count} 個請求標頭',
    'simulate.part.headers.other': '{count} 個請求標頭',
    'simulate.part.queryParams.one': '{count} 個查詢參數',
    'simulate.part.queryParams.other': '{count} 個查詢參數',

    'simulate.part.rule': '{route} 規則 {rule}',
    'simulate.part.ruleNamed': '{route} 規則 {rule}（{name}）',
    'simulate.part.ruleMatch': '{route} 規則 {rule} 比對條件 {match}',
    'simulate.part.ruleNamedMatch': '{route} 規則 {rule}（{name}）比對條件 {match}',
    'simulate.part.defaultMatch': '{conditions}（未寫比對條件，使用預設值）',
    'simulate.part.everyCall': '所有呼叫（沒有比對條件）',
    'simulate.part.regexMatch': '{conditions}（RegularExpression）',
    'simulate.part.method': '方法 {method}',
    'simulate.part.service': '服務 {service}',
    'simulate.part.headerCondition': '請求標頭 {condition}',
    'simulate.part.queryCondition': '查詢參數 {condition}',

    'simulate.part.ruleDropped': '它的規則含有 RE2 不接受的模式，因此控制器會捨棄該規則',
    'simulate.part.pathNotExact': '路徑 {path} 不完全等於 {value}',
    'simulate.part.pathNotUnderPrefix': '路徑 {path} 不在前置詞 {value} 之下（依路徑區段比較）',
    'simulate.part.pathNotRegex': '路徑 {path} 與 RegularExpression {value} 不相符',
    'simulate.part.methodNot': '方法 {actual} 不是 {expected}',
    'simulate.part.notGrpc': '此請求不是 gRPC 呼叫',
    'simulate.part.serviceNot': '服務 {actual} 不是 {expected}',
    'simulate.part.noValue': '（無）',
    'simulate.part.headerMissing': '缺少請求標頭 {name}',
    'simulate.part.queryMissing': '缺少查詢參數 {name}',
    'simulate.part.headerValue': '請求標頭 {name} 的值是 "{actual}"，而不是 "{expected}"',
    'simulate.part.queryValue': '查詢參數 {name} 的值是 "{actual}"，而不是 "{expected}"',

    'simulate.step.requestHeaderModifier': 'RequestHeaderModifier：{changes}',
    'simulate.step.responseHeaderModifier': 'ResponseHeaderModifier：{changes}',
    'simulate.part.headerSet': '設定 {name}: {value}',
    'simulate.part.headerAdd': '附加 {name}: {value}',
    'simulate.part.headerRemove': '移除 {name}',
    'simulate.part.noChange': '無變更',
    'simulate.step.redirect': 'RequestRedirect 以 {status} 回應，Location 為 {location}',
    'simulate.step.rewriteNoPrefix':
      'URLRewrite：ReplacePrefixMatch 需要規則以一個 PathPrefix 比對；路徑維持不變',
    'simulate.step.rewrite': 'URLRewrite：{changes}',
    'simulate.part.rewriteHost': '主機改為 {host}',
    'simulate.part.rewritePath': '路徑改為 {path}',
    'simulate.step.mirror':
      'RequestMirror：{percent}% 的請求會複製到 {backend}；其回應會被忽略。副本是鏡像之前的篩選器處理後的請求（規格未作規定，D4）',
    'simulate.step.corsNoOrigin': 'CORS：沒有 Origin 請求標頭，因此此篩選器不起作用',
    'simulate.step.corsAllowed': 'CORS：此來源獲得允許；回應中會加入 CORS 回應標頭',
    'simulate.step.corsNotAllowed': 'CORS：此來源不獲允許；不加入 CORS 回應標頭',
    'simulate.step.corsPreflight': 'CORS：閘道以 {status} 回應預檢請求',
    'simulate.step.corsPreflightRejected':
      'CORS：此來源不獲允許；閘道以 {status} 回應預檢請求（規格也允許回應不帶 CORS 回應標頭的 200 或 204）',
    'simulate.step.extensionMissing': 'ExtensionRef {target} 不存在：閘道回應 500',
    'simulate.step.extensionNotSimulated': 'ExtensionRef {target}：其效果由實作決定，未模擬',
    'simulate.step.externalAuth': 'ExternalAuth：未模擬授權服務；假定請求獲得允許',

    'simulate.step.split': '規則 {rule} 分流：{parts}',
    'simulate.part.splitZero': '{backend} 權重 0，收不到流量（C2）',
    'simulate.part.splitShare': '{backend} 權重 {weight}（{share}）',
    'simulate.part.splitInvalid':
      '{backend} 權重 {weight}（{share}；無效：{reason}，這部分流量得到 500，C4）',
    'simulate.step.everyRequest': '每個請求都送往 {backend}',
    'simulate.step.drawn': '此請求依權重抽中了 {backend}（占請求的 {share}）',
    'simulate.step.invalidBackend': '{backend} 無效（{reason}）：它所占的流量得到 500',
    'simulate.part.unresolved': '未解析',
    'simulate.step.ruleNoBackends': '規則 {rule} 沒有 backendRefs：它比對到的每個請求都得到 500',
    'simulate.step.ruleFiltersNoBackends':
      '規則 {rule} 有篩選器但沒有 backendRefs：規格沒有說明會發生什麼；模擬器回應 500',
    'simulate.step.allWeightsZero':
      '規則 {rule} 的每個 backendRef 權重都是 0：v1.6.1 未定義這種情況（C3）；模擬器回應 500（gRPC UNAVAILABLE），與仍在討論的一致性提案的預期相同',
    'simulate.step.timeouts':
      '逾時 {timeouts}：後端慢於此值時，閘道會回應 504（"0s" 表示停用該逾時，D8）。模擬的後端立即回應，因此不會觸發逾時',
    'simulate.part.timeoutRequest': 'request {duration}',
    'simulate.part.timeoutBackendRequest': 'backendRequest {duration}',
    'simulate.step.retry':
      '重試：遇到 {codes} 時最多重試 {attempts} 次{backoff}；重試用盡後用戶端得到最後一個錯誤（D9）。模擬的後端回應 200，因此不會重試',
    'simulate.part.backoff': '，退避間隔 {duration}',

    'simulate.step.forwarded': '{status}：以 {request} 轉送到 {backend}',
    'simulate.step.redirected': '{status}：重新導向至 {location}',
    'simulate.step.noRoute': '{status}：沒有路由符合此請求（{sections}）',
    'simulate.step.answered': '{status}：由閘道直接回應',
    'simulate.part.none': '無',
    'simulate.part.anyHost': '任意主機',
    'simulate.part.andMore': '{items} 及另外 {more} 個',
  },
};
