# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), Ελληνικά.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Μη συμβατό πρωτόκολλο δικτύου
warning-301 = Μη συμβατή μορφή διεύθυνσης δικτύου
warning-302 = Μη συμβατό πρωτόκολλο μεταφοράς
warning-303 = Μη συμβατές μονάδες εύρους ζώνης
warning-304 = Μη διαθέσιμος τύπος πολυμέσων
warning-305 = Μη συμβατή μορφή πολυμέσων
warning-306 = Άγνωστο χαρακτηριστικό
warning-307 = Άγνωστη παράμετρος SDP
warning-308 = Μη συμβατές παράμετροι γλώσσας
warning-330 = Μη διαθέσιμη πολυεκπομπή
warning-331 = Μη διαθέσιμη μονοεκπομπή
warning-370 = Ανεπαρκές εύρος ζώνης
warning-380 = Το SIPS δεν επιτρέπεται
warning-381 = Απαιτείται SIPS
warning-399 = Γενική προειδοποίηση
