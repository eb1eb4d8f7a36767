# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), українська.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Несумісний мережевий протокол
warning-301 = Несумісний формат мережевої адреси
warning-302 = Несумісний транспортний протокол
warning-303 = Несумісні одиниці смуги пропускання
warning-304 = Тип медіа недоступний
warning-305 = Несумісний формат медіа
warning-306 = Невідомий атрибут
warning-307 = Невідомий параметр SDP
warning-308 = Несумісні мовні параметри
warning-330 = Багатоадресна передача недоступна
warning-331 = Одноадресна передача недоступна
warning-370 = Недостатня смуга пропускання
warning-380 = SIPS не дозволено
warning-381 = Потрібен SIPS
warning-399 = Інше попередження
