# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), 简体中文.
# English (locales/en/warning.ftl) is the reference.

warning-300 = 网络协议不兼容
warning-301 = 网络地址格式不兼容
warning-302 = 传输协议不兼容
warning-303 = 带宽单位不兼容
warning-304 = 媒体类型不可用
warning-305 = 媒体格式不兼容
warning-306 = 无法识别的属性
warning-307 = 无法识别的SDP参数
warning-308 = 不支持所请求的语言
warning-330 = 组播不可用
warning-331 = 单播不可用
warning-370 = 带宽不足
warning-380 = 不允许使用SIPS
warning-381 = 要求使用SIPS
warning-399 = 其他警告
