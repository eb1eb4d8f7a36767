# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), עברית.
# English (locales/en/warning.ftl) is the reference.

warning-300 = פרוטוקול רשת לא תואם
warning-301 = תבנית כתובת רשת לא תואמת
warning-302 = פרוטוקול תעבורה לא תואם
warning-303 = יחידות רוחב פס לא תואמות
warning-304 = סוג המדיה אינו זמין
warning-305 = תבנית מדיה לא תואמת
warning-306 = מאפיין לא מזוהה
warning-307 = פרמטר SDP לא מזוהה
warning-308 = הגדרת שפה לא תואמת
warning-330 = מולטיקאסט אינו זמין
warning-331 = יוניקאסט אינו זמין
warning-370 = רוחב פס לא מספיק
warning-380 = SIPS אינו מותר
warning-381 = נדרש SIPS
warning-399 = אזהרה כללית
