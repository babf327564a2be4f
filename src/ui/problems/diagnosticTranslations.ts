/**
 * Translations of the core's diagnostic messages, by the diagnostic's `i18n.key`: the parser's
 * codes (`YAMLSyntax`…), the validator's (`validate.SchemaViolation`…) and the attachment and
 * status messages (`attach.backendNotFound`…, whose English templates are in the core's
 * `attach/explanation.ts`). English needs none: the core writes its messages in English and they
 * are shown as they are.
 *
 * Placeholders are the diagnostic's `i18n.params`, plus `{message}` for the core's English text
 * where a part of it cannot be translated (the YAML parser's detail, a CEL rule's own message).
 * A translation whose placeholders the diagnostic does not fill is not used. `{others}` counts
 * further messages the core joined into one (its `joinExplanations`): see {@link othersSuffix}.
 * They load on demand with the interface's Chinese messages (`i18n/chineseCatalogs.ts`).
 */
export const diagnosticTranslations: Readonly<
  Record<'zh-Hans' | 'zh-Hant', Readonly<Record<string, string>>>
> = {
  'zh-Hans': {
    YAMLSyntax: 'YAML 语法错误：{message}',
    YAMLWarning: 'YAML 警告：{message}',
    YAMLUnknownTag: '无法识别的 YAML 标签，该值按普通字符串读取',
    YAMLAliasLimit:
      '此处的 YAML 别名将展开超过 {limit} 次，疑似别名炸弹（“十亿笑”攻击），因此不读取该文档',
    YAMLAliasCycle: '此别名引用了包含它自身的节点，展开永远不会结束',
    YAMLTooDeep: '集合嵌套超过 {limit} 层',
    YAMLMerge: '合并键（<<）的值必须是映射、映射的别名，或由它们组成的列表',
    NotAResource: '文档（或 List 中的每一项）必须是映射，即一个 Kubernetes 资源',
    MissingAPIVersion: '缺少 apiVersion（例如 gateway.networking.k8s.io/v1）',
    MissingKind: '缺少 kind（例如 HTTPRoute）',
    MissingName: '缺少 metadata.name',
    DuplicateResource: '{resource} 定义了多次；kubectl apply 只会保留最后一个定义',
    TextTooLarge: '文本大小为 {size}，超过 {limit} 的上限；文本已保留，但不会被读取',
    'validate.SchemaViolation': '不符合 CRD 的架构：{message}',
    'validate.CELViolation': '违反 CRD 的校验规则：{message}',
    'validate.CELNotEvaluated': '无法检查 CRD 的这条校验规则：{message}',
    'validate.CELNotChecked': '对象有错误，部分校验规则没有检查；请先更正现有错误',
    'validate.UnknownField': '未知字段 "{field}"',
    'validate.UnknownKind': '{channel} 通道的 CRD 中没有 {apiVersion} 的 {kind} 类型',
    'validate.UnservedVersion': '{channel} 通道的 CRD 不提供 {kind} 的 {apiVersion} 版本',
    'validate.DeprecatedVersion': '{apiVersion} 的 {kind} 已弃用',
    'validate.ValidationFailed': '检查的“{stage}”阶段因内部错误而停止：{error}',
    'attach.parentNotFound': '文档中没有 {parent}',
    'attach.parentNoListeners': '{parent} 没有监听器',
    'attach.noListenerNamed': '{parent} 没有名为 {section} 的监听器',
    'attach.noListenerOnPort': '{parent} 在端口 {port} 上没有监听器',
    'attach.listenerNotOnPort':
      '{parent} 的监听器 {section} 在端口 {listenerPort} 上，而不是端口 {port}',
    'attach.kindNotAllowed': '{parent} 的监听器 {listener} 接受 {kinds}，不接受 {routeKind}',
    'attach.namespaceNotSame':
      '{parent} 的监听器 {listener} 只允许命名空间 {namespace} 中的路由，而 {route} 在命名空间 {routeNamespace} 中',
    'attach.namespaceNotSelected':
      '{parent} 的监听器 {listener} 只允许标签匹配 {selector} 的命名空间中的路由；命名空间 {routeNamespace} 的标签是 {labels}',
    'attach.hostnameNoIntersection':
      '{route} 的主机名（{hostnames}）与 {parent} 的监听器 {listener} 的主机名 {listenerHostname} 都不匹配',
    'attach.hostnameNoIntersectionMany':
      '{route} 的主机名（{hostnames}）与 {parent} 的任何监听器的主机名都不匹配：{listeners}',
    'attach.serviceNoPorts': '{parent} 没有声明端口',
    'attach.serviceNoPort': '{parent} 没有端口 {port}',
    'attach.serviceNoPortNamed': '{parent} 没有名为 {section} 的端口',
    'attach.allRulesDropped': '{route} 的每条规则都无效：{why}',
    'attach.invalidRegex': '{field} 不是有效的 RE2 正则表达式（{error}）',
    'attach.droppedRule': '已丢弃规则 {rule}：{why}',
    'attach.backendInvalidKind':
      'backendRef {target} 是组 "{group}" 的 {kind}：只支持核心 Service（组 ""，类型 Service）作为后端',
    'attach.backendExternalName': '{target} 的类型是 ExternalName，不支持作为后端',
    'attach.backendRefNotPermitted':
      '{route} 不能引用 {target}：命名空间 {namespace} 中没有 ReferenceGrant 允许来自命名空间 {routeNamespace} 的 {routeKind}',
    'attach.backendNotFound': '文档中没有 {target}',
    'attach.backendPortNotFound': '{target} 没有端口 {port}',
    'attach.unsupportedProtocol':
      '{owner} 的监听器 {listener}：不支持协议 {protocol}（支持 HTTP、HTTPS、TLS、TCP、UDP）',
    'attach.invalidRouteKind':
      '{owner} 的监听器 {listener}：组 "{group}" 的路由类型 {kind} 不能挂载到协议为 {protocol} 的监听器',
    'attach.hostnameConflict':
      '{owner} 的监听器 {listener} 与 {otherOwner} 的监听器 {other} 使用相同的端口（{port}）和主机名（{hostname}）',
    'attach.protocolConflict':
      '{owner} 的监听器 {listener}（{protocol}）与 {otherOwner} 的监听器 {other}（{otherProtocol}）共用端口 {port}',
    'attach.certificateMissing':
      '{owner} 的监听器 {listener}：{protocol} 监听器需要 certificateRefs',
    'attach.certificateNotFound': '{owner} 的监听器 {listener}：文档中没有 {target}',
    'attach.certificateRefNotPermitted':
      '{owner} 的监听器 {listener} 不能使用 {target}：命名空间 {namespace} 中没有 ReferenceGrant 允许来自命名空间 {ownerNamespace} 的 {ownerKind}',
    'attach.gatewayClassMissing':
      '文档中没有 GatewayClass {gatewayClass}；此状态是符合规范的控制器会写入的状态',
    'attach.gatewayClassMissingShort': '文档中没有 {gateway} 的 GatewayClass {gatewayClass}',
  },
  'zh-Hant': {
    YAMLSyntax: 'YAML 語法錯誤：{message}',
    YAMLWarning: 'YAML 警告：{message}',
    YAMLUnknownTag: '無法辨識的 YAML 標籤，此值以一般字串讀取',
    YAMLAliasLimit:
      '此處的 YAML 別名將展開超過 {limit} 次，疑似別名炸彈（「十億笑」攻擊），因此不讀取此文件',
    YAMLAliasCycle: '此別名參照了包含它自身的節點，展開永遠不會結束',
    YAMLTooDeep: '集合巢狀超過 {limit} 層',
    YAMLMerge: '合併鍵（<<）的值必須是映射、映射的別名，或由它們組成的清單',
    NotAResource: '文件（或 List 中的每一項）必須是對應，也就是一個 Kubernetes 資源',
    MissingAPIVersion: '缺少 apiVersion（例如 gateway.networking.k8s.io/v1）',
    MissingKind: '缺少 kind（例如 HTTPRoute）',
    MissingName: '缺少 metadata.name',
    DuplicateResource: '{resource} 定義了多次；kubectl apply 只會保留最後一個定義',
    TextTooLarge: '文字大小為 {size}，超過 {limit} 的上限；文字已保留，但不會被讀取',
    'validate.SchemaViolation': '不符合 CRD 的結構描述：{message}',
    'validate.CELViolation': '違反 CRD 的驗證規則：{message}',
    'validate.CELNotEvaluated': '無法檢查 CRD 的這條驗證規則：{message}',
    'validate.CELNotChecked': '物件有錯誤，部分驗證規則沒有檢查；請先更正現有錯誤',
    'validate.UnknownField': '未知欄位 "{field}"',
    'validate.UnknownKind': '{channel} 通道的 CRD 中沒有 {apiVersion} 的 {kind} 種類',
    'validate.UnservedVersion': '{channel} 通道的 CRD 不提供 {kind} 的 {apiVersion} 版本',
    'validate.DeprecatedVersion': '{apiVersion} 的 {kind} 已淘汰',
    'validate.ValidationFailed': '檢查的「{stage}」階段因內部錯誤而停止：{error}',
    'attach.parentNotFound': '文件中沒有 {parent}',
    'attach.parentNoListeners': '{parent} 沒有監聽器',
    'attach.noListenerNamed': '{parent} 沒有名為 {section} 的監聽器',
    'attach.noListenerOnPort': '{parent} 在連接埠 {port} 上沒有監聽器',
    'attach.listenerNotOnPort':
      '{parent} 的監聽器 {section} 在連接埠 {listenerPort} 上，而不是連接埠 {port}',
    'attach.kindNotAllowed': '{parent} 的監聽器 {listener} 接受 {kinds}，不接受 {routeKind}',
    'attach.namespaceNotSame':
      '{parent} 的監聽器 {listener} 只允許命名空間 {namespace} 中的路由，而 {route} 在命名空間 {routeNamespace} 中',
    'attach.namespaceNotSelected':
      '{parent} 的監聽器 {listener} 只允許標籤符合 {selector} 的命名空間中的路由；命名空間 {routeNamespace} 的標籤是 {labels}',
    'attach.hostnameNoIntersection':
      '{route} 的主機名稱（{hostnames}）與 {parent} 的監聽器 {listener} 的主機名稱 {listenerHostname} 都不相符',
    'attach.hostnameNoIntersectionMany':
      '{route} 的主機名稱（{hostnames}）與 {parent} 的任何監聽器的主機名稱都不相符：{listeners}',
    'attach.serviceNoPorts': '{parent} 沒有宣告連接埠',
    'attach.serviceNoPort': '{parent} 沒有連接埠 {port}',
    'attach.serviceNoPortNamed': '{parent} 沒有名為 {section} 的連接埠',
    'attach.allRulesDropped': '{route} 的每條規則都無效：{why}',
    'attach.invalidRegex': '{field} 不是有效的 RE2 規則運算式（{error}）',
    'attach.droppedRule': '已捨棄規則 {rule}：{why}',
    'attach.backendInvalidKind':
      'backendRef {target} 是群組 "{group}" 的 {kind}：只支援核心 Service（群組 ""，種類 Service）作為後端',
    'attach.backendExternalName': '{target} 的類型是 ExternalName，不支援作為後端',
    'attach.backendRefNotPermitted':
      '{route} 不能參照 {target}：命名空間 {namespace} 中沒有 ReferenceGrant 允許來自命名空間 {routeNamespace} 的 {routeKind}',
    'attach.backendNotFound': '文件中沒有 {target}',
    'attach.backendPortNotFound': '{target} 沒有連接埠 {port}',
    'attach.unsupportedProtocol':
      '{owner} 的監聽器 {listener}：不支援協定 {protocol}（支援 HTTP、HTTPS、TLS、TCP、UDP）',
    'attach.invalidRouteKind':
      '{owner} 的監聽器 {listener}：群組 "{group}" 的路由種類 {kind} 不能附加到協定為 {protocol} 的監聽器',
    'attach.hostnameConflict':
      '{owner} 的監聽器 {listener} 與 {otherOwner} 的監聽器 {other} 使用相同的連接埠（{port}）和主機名稱（{hostname}）',
    'attach.protocolConflict':
      '{owner} 的監聽器 {listener}（{protocol}）與 {otherOwner} 的監聽器 {other}（{otherProtocol}）共用連接埠 {port}',
    'attach.certificateMissing':
      '{owner} 的監聽器 {listener}：{protocol} 監聽器需要 certificateRefs',
    'attach.certificateNotFound': '{owner} 的監聽器 {listener}：文件中沒有 {target}',
    'attach.certificateRefNotPermitted':
      '{owner} 的監聽器 {listener} 不能使用 {target}：命名空間 {namespace} 中沒有 ReferenceGrant 允許來自命名空間 {ownerNamespace} 的 {ownerKind}',
    'attach.gatewayClassMissing':
      '文件中沒有 GatewayClass {gatewayClass}；此狀態是符合規範的控制器會寫入的狀態',
    'attach.gatewayClassMissingShort': '文件中沒有 {gateway} 的 GatewayClass {gatewayClass}',
  },
};

/** Appended to a translated message that stands for several (the core's `others` parameter). */
export const othersSuffix: Readonly<Record<'zh-Hans' | 'zh-Hant', string>> = {
  'zh-Hans': '（另有 {others} 条）',
  'zh-Hant': '（另有 {others} 則）',
};
