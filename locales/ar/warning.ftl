# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), العربية.
# English (locales/en/warning.ftl) is the reference.

warning-300 = بروتوكول الشبكة غير متوافق
warning-301 = صيغة عنوان الشبكة غير متوافقة
warning-302 = بروتوكول النقل غير متوافق
warning-303 = وحدات عرض النطاق غير متوافقة
warning-304 = نوع الوسائط غير متاح
warning-305 = صيغة الوسائط غير متوافقة
warning-306 = سمة غير معروفة
warning-307 = معلمة وصف الجلسة غير معروفة
warning-308 = اللغة المطلوبة غير مدعومة
warning-330 = البث المتعدد غير متاح
warning-331 = البث الأحادي غير متاح
warning-370 = عرض النطاق غير كافٍ
warning-380 = لا يُسمح باستخدام SIPS
warning-381 = يجب استخدام SIPS
warning-399 = تحذير عام
