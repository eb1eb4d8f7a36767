# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), العربية.
# English (locales/en/warning.ftl) is the reference.

warning-300 = بروتوكول شبكة غير متوافق
warning-301 = صيغة عنوان شبكة غير متوافقة
warning-302 = بروتوكول نقل غير متوافق
warning-303 = وحدات عرض نطاق غير متوافقة
warning-304 = نوع الوسائط غير متاح
warning-305 = صيغة وسائط غير متوافقة
warning-306 = سمة غير مفهومة
warning-307 = معلمة SDP غير مفهومة
warning-308 = تحديد لغة غير متوافق
warning-330 = البث المتعدد غير متاح
warning-331 = البث الأحادي غير متاح
warning-370 = عرض النطاق غير كافٍ
warning-380 = SIPS غير مسموح به
warning-381 = SIPS مطلوب
warning-399 = تحذير عام
