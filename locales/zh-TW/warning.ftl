# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), 繁體中文.
# English (locales/en/warning.ftl) is the reference.

warning-300 = 網路協定不相容
warning-301 = 網路位址格式不相容
warning-302 = 傳輸協定不相容
warning-303 = 頻寬單位不相容
warning-304 = 媒體類型無法使用
warning-305 = 媒體格式不相容
warning-306 = 無法辨識的屬性
warning-307 = 無法辨識的SDP參數
warning-308 = 不支援所要求的語言
warning-330 = 群播無法使用
warning-331 = 單播無法使用
warning-370 = 頻寬不足
warning-380 = 不允許使用SIPS
warning-381 = 需要使用SIPS
warning-399 = 其他警告
