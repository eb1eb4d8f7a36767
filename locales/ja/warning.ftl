# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), 日本語.
# English (locales/en/warning.ftl) is the reference.

warning-300 = ネットワークプロトコル非互換
warning-301 = ネットワークアドレス形式非互換
warning-302 = トランスポートプロトコル非互換
warning-303 = 帯域幅単位非互換
warning-304 = メディア種別利用不可
warning-305 = メディア形式非互換
warning-306 = 不明な属性
warning-307 = 不明なSDPパラメータ
warning-308 = 言語指定非互換
warning-330 = マルチキャスト利用不可
warning-331 = ユニキャスト利用不可
warning-370 = 帯域幅不足
warning-380 = SIPS不許可
warning-381 = SIPS必須
warning-399 = その他の警告
