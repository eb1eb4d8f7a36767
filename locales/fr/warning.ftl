# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), français.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Protocole réseau incompatible
warning-301 = Format d'adresse réseau incompatible
warning-302 = Protocole de transport incompatible
warning-303 = Unités de bande passante incompatibles
warning-304 = Type de média non disponible
warning-305 = Format de média incompatible
warning-306 = Attribut non reconnu
warning-307 = Paramètre SDP non reconnu
warning-308 = Spécification de langue incompatible
warning-330 = Multicast non disponible
warning-331 = Unicast non disponible
warning-370 = Bande passante insuffisante
warning-380 = SIPS non autorisé
warning-381 = SIPS requis
warning-399 = Avertissement général
