# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), español.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Protocolo de red incompatible
warning-301 = Formato de dirección de red incompatible
warning-302 = Protocolo de transporte incompatible
warning-303 = Unidades de ancho de banda incompatibles
warning-304 = Tipo de medio no disponible
warning-305 = Formato de medio incompatible
warning-306 = Atributo no reconocido
warning-307 = Parámetro SDP no reconocido
warning-308 = Especificación de idioma incompatible
warning-330 = Multidifusión no disponible
warning-331 = Unidifusión no disponible
warning-370 = Ancho de banda insuficiente
warning-380 = SIPS no permitido
warning-381 = SIPS obligatorio
warning-399 = Aviso general
