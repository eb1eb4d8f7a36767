# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), 日本語.
# English (locales/en/warning.ftl) is the reference.

warning-300 = 互換性のないネットワークプロトコル
warning-301 = 互換性のないネットワークアドレス形式
warning-302 = 互換性のないトランスポートプロトコル
warning-303 = 互換性のない帯域幅単位
warning-304 = メディアタイプ利用不可
warning-305 = 互換性のないメディア形式
warning-306 = 不明な属性
warning-307 = 不明なSDPパラメータ
warning-308 = 未対応の言語指定
warning-330 = マルチキャスト利用不可
warning-331 = ユニキャスト利用不可
warning-370 = 帯域幅不足
warning-380 = SIPS不許可
warning-381 = SIPS必須
warning-399 = その他の警告
