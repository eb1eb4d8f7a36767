# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), română.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Protocol de rețea incompatibil
warning-301 = Format de adresă de rețea incompatibil
warning-302 = Protocol de transport incompatibil
warning-303 = Unități de lățime de bandă incompatibile
warning-304 = Tip de media indisponibil
warning-305 = Format media incompatibil
warning-306 = Atribut nerecunoscut
warning-307 = Parametru SDP nerecunoscut
warning-308 = Specificație de limbă incompatibilă
warning-330 = Multicast indisponibil
warning-331 = Unicast indisponibil
warning-370 = Lățime de bandă insuficientă
warning-380 = SIPS nepermis
warning-381 = SIPS obligatoriu
warning-399 = Avertisment general
