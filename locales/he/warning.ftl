# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), עברית.
# English (locales/en/warning.ftl) is the reference.

warning-300 = פרוטוקול רשת לא תואם
warning-301 = פורמט כתובת רשת לא תואם
warning-302 = פרוטוקול תעבורה לא תואם
warning-303 = יחידות רוחב פס לא תואמות
warning-304 = סוג המדיה אינו זמין
warning-305 = פורמט מדיה לא תואם
warning-306 = מאפיין לא מוכר
warning-307 = פרמטר לא מוכר בתיאור השיחה
warning-308 = השפה המבוקשת אינה נתמכת
warning-330 = מולטיקאסט אינו זמין
warning-331 = יוניקאסט אינו זמין
warning-370 = רוחב פס לא מספיק
warning-380 = השימוש ב-SIPS אינו מותר
warning-381 = נדרש SIPS
warning-399 = אזהרה כללית
