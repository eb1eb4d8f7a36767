# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), ქართული.
# English (locales/en/warning.ftl) is the reference.

warning-300 = შეუთავსებელი ქსელის პროტოკოლი
warning-301 = ქსელის მისამართის შეუთავსებელი ფორმატი
warning-302 = შეუთავსებელი სატრანსპორტო პროტოკოლი
warning-303 = გამტარუნარიანობის შეუთავსებელი ერთეულები
warning-304 = მედიის ტიპი მიუწვდომელია
warning-305 = მედიის შეუთავსებელი ფორმატი
warning-306 = უცნობი ატრიბუტი
warning-307 = უცნობი SDP პარამეტრი
warning-308 = ენის შეუთავსებელი პარამეტრები
warning-330 = მულტიკასტი მიუწვდომელია
warning-331 = უნიკასტი მიუწვდომელია
warning-370 = არასაკმარისი გამტარუნარიანობა
warning-380 = SIPS დაუშვებელია
warning-381 = საჭიროა SIPS
warning-399 = სხვა გაფრთხილება
