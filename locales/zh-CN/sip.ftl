# sipstatus：SIP 响应原因短语，简体中文。
# 简短表述，适合桌面话机或交换机的显示屏。

## 响应类别

class-provisional = 临时响应
class-success = 成功
class-redirection = 重定向
class-client-failure = 客户端错误
class-server-failure = 服务器错误
class-global-failure = 全局错误

## 1xx：临时响应

sip-100 = 正在处理
    .description = 请求已收到并正在处理，例如代理服务器正在查找被叫用户。
sip-180 = 振铃中
    .description = 被叫终端已收到呼叫，正在向用户振铃。
sip-181 = 呼叫转移中
    .description = 呼叫正在转移到另一个目的地。
sip-182 = 排队中
    .description = 被叫暂时无法接听，呼叫已进入队列等待。
sip-183 = 呼叫建立中
    .description = 呼叫正在建立，已可提供回铃音或提示音等早期媒体。
sip-199 = 早期对话已终止
    .description = 为该呼叫建立的早期对话在应答前已终止。

## 2xx：成功

sip-200 = OK
    .description = 请求已成功。
sip-202 = 已接受
    .description = 请求已接受处理但尚未完成；自 RFC 6665 起已弃用。
sip-204 = 无通知
    .description = 订阅已成功刷新，但不会为此发送通知。

## 3xx：重定向

sip-300 = 多个可选目标
    .description = 该地址对应多个目的地，已在响应中列出，主叫可从中选择。
sip-301 = 已永久迁移
    .description = 被叫已无法通过此地址联系，已永久迁移到响应中给出的地址。
sip-302 = 已临时迁移
    .description = 被叫暂时可通过响应中给出的地址联系。
sip-305 = 需使用代理
    .description = 必须通过响应中给出的代理服务器联系被叫。
sip-380 = 替代服务
    .description = 呼叫失败，但响应中说明了可用的替代服务。

## 4xx：客户端错误

sip-400 = 请求错误
    .description = 请求语法有误，无法理解。
sip-401 = 需要认证
    .description = 请求需要经过被叫方或注册服务器的用户认证。
sip-402 = 需要付费
    .description = 保留供将来使用。
sip-403 = 禁止访问
    .description = 服务器理解请求，但拒绝执行。
sip-404 = 未找到
    .description = 请求中指定的域内找不到被叫用户。
sip-405 = 方法不允许
    .description = 请求方法可以识别，但不允许用于此地址。
sip-406 = 内容不可接受
    .description = 被叫只能以请求声明不接受的内容格式作出响应。
sip-407 = 需要代理认证
    .description = 主叫须先向代理服务器完成认证。
sip-408 = 请求超时
    .description = 服务器未能及时响应，例如因为无法找到被叫。
sip-409 = 冲突
    .description = 请求与当前状态冲突，例如用户已注册；仅见于已废止的 RFC 2543。
sip-410 = 地址已失效
    .description = 该用户曾经存在，但已无法在此联系，也没有已知的转移地址。
sip-411 = 需要内容长度
    .description = 服务器拒绝没有有效 Content-Length 的请求；仅见于已废止的 RFC 2543。
sip-412 = 条件请求失败
    .description = 请求的某个前提条件不成立，例如发布内容的实体标签不匹配。
sip-413 = 请求实体过大
    .description = 请求消息体超出了服务器愿意处理的大小。
sip-414 = 请求URI过长
    .description = Request-URI 超出了服务器愿意解析的长度。
sip-415 = 不支持的媒体类型
    .description = 请求消息体采用了服务器不支持的格式。
sip-416 = 不支持的URI方案
    .description = 服务器无法识别 Request-URI 的方案（scheme）。
sip-417 = 未知资源优先级
    .description = 请求要求的资源优先级服务器无法识别。
sip-420 = 不支持的SIP扩展
    .description = 请求需要服务器不支持的 SIP 协议扩展。
sip-421 = 需要SIP扩展
    .description = 服务器需要某个 SIP 扩展，但请求未声明支持该扩展。
sip-422 = 会话间隔过短
    .description = 请求中的会话刷新间隔小于服务器允许的值。
sip-423 = 有效期过短
    .description = 请求的有效期过短，例如注册的有效期。
sip-424 = 位置信息错误
    .description = 请求中的位置信息格式错误或不够充分。
sip-425 = 警报消息错误
    .description = 一条非交互式紧急警报因格式错误被拒绝。
sip-428 = 需要Identity头
    .description = 服务器策略要求携带 Identity 头，但请求中没有。
sip-429 = 需提供转接方身份
    .description = 请求缺少有效的 Referred-By 令牌（转接方身份）。
sip-430 = 连接失败
    .description = 到用户代理的某条连接（flow）已失败，但其他连接可能仍然可用。
sip-433 = 拒绝匿名呼叫
    .description = 请求因匿名而被拒绝。
sip-436 = 主叫身份信息错误
    .description = 请求中的主叫身份信息（Identity-Info）无法使用，例如无法获取其证书。
sip-437 = 不支持的凭证
    .description = 服务器无法验证签署该请求的域的证书。
sip-438 = Identity头无效
    .description = 无法验证 Identity 头中的签名。
sip-439 = 首跳不支持Outbound
    .short = 不支持Outbound
    .description = 注册服务器支持 Outbound 扩展，但路径上的第一个代理不支持。
sip-440 = 超过Max-Breadth
    .description = 由于 Max-Breadth 已用尽，代理无法继续分叉该请求。
sip-469 = INFO包无效
    .description = INFO 请求使用了接收方未同意的 Info 包。
sip-470 = 需要同意
    .description = 发送方尚未就此请求获得接收方的同意。
sip-480 = 暂时无法接通
    .description = 已找到被叫，但其暂时无法接通，例如未登录或处于免打扰模式。
sip-481 = 呼叫/事务不存在
    .description = 请求与任何现有呼叫或事务都不匹配。
sip-482 = 检测到环路
    .description = 服务器检测到路由环路。
sip-483 = 跳数过多
    .description = 请求经过的跳数超过了 Max-Forwards 允许的值。
sip-484 = 号码不完整
    .description = 所拨号码或地址不完整。
sip-485 = 地址不明确
    .description = 所拨地址不明确，与多个用户匹配。
sip-486 = 正在通话中
    .description = 已找到被叫，但其线路正在通话中，当前无法再接听其他呼叫。
sip-487 = 主叫已取消
    .description = 被叫应答前，主叫已取消了该呼叫。
sip-488 = 媒体协商失败
    .description = 所提供会话的媒体不可接受，例如没有共同的编解码器或媒体类型不支持。
sip-489 = 不支持的事件
    .description = 服务器无法识别请求中指定的事件包。
sip-491 = 请求待处理
    .description = 同一对话中还有另一个请求尚未处理完毕。
sip-493 = 无法解密
    .description = 请求包含接收方无法解密的加密消息体。
sip-494 = 需要安全协商
    .description = 服务器要求先协商安全机制，然后才接受请求。

## 5xx：服务器错误

sip-500 = 服务器内部错误
    .description = 服务器遇到意外情况，无法完成请求。
sip-501 = 功能未实现
    .description = 服务器不支持该请求所需的功能，例如其方法。
sip-502 = 网关错误
    .description = 网关或代理从下一个服务器收到了无效响应。
sip-503 = 服务不可用
    .description = 服务器暂时过载或正在维护。
sip-504 = 服务器超时
    .description = 服务器未能及时从所需的另一台服务器得到响应。
sip-505 = 不支持的SIP版本
    .description = 服务器不支持请求所用的 SIP 版本。
sip-513 = 消息过大
    .description = 请求消息超出了服务器能够处理的大小。
sip-555 = 不支持推送服务
    .description = 服务器不支持请求中指定的推送通知服务。
sip-580 = 前提条件失败
    .description = 服务器无法满足会话所需的前提条件。

## 6xx：全局错误

sip-600 = 用户忙
    .description = 被叫用户忙，且语音信箱等其他目的地也无法接听该呼叫。
sip-603 = 对方拒接
    .description = 被叫拒接了该呼叫，且没有其他目的地可以接听。
sip-604 = 号码不存在
    .description = 被叫号码或用户在任何地方都不存在。
sip-606 = 会话不可接受
    .description = 已找到被叫，但所提供会话的某些方面不可接受。
sip-607 = 被标记为骚扰电话
    .description = 被叫已将该呼叫标记为骚扰电话，该主叫的后续呼叫也很可能被拒绝。
sip-608 = 被网络拦截
    .description = 拦截该呼叫的不是被叫本人，而是网络中的中间设备（例如运营商的骚扰电话拦截）。

## 7xx：非标准

sip-701 = 对方已挂机
    .description = 对方已挂机；这是 SIP 标准之外的协议栈内部代码。
