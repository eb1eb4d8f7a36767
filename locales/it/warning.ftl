# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), italiano.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Protocollo di rete incompatibile
warning-301 = Formato indirizzo di rete incompatibile
warning-302 = Protocollo di trasporto incompatibile
warning-303 = Unità di banda incompatibili
warning-304 = Tipo di media non disponibile
warning-305 = Formato media incompatibile
warning-306 = Attributo non riconosciuto
warning-307 = Parametro SDP non riconosciuto
warning-308 = Specifica della lingua incompatibile
warning-330 = Multicast non disponibile
warning-331 = Unicast non disponibile
warning-370 = Banda insufficiente
warning-380 = SIPS non consentito
warning-381 = SIPS obbligatorio
warning-399 = Avviso generico
