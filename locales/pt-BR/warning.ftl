# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), português (Brasil).
# English (locales/en/warning.ftl) is the reference.

warning-300 = Protocolo de rede incompatível
warning-301 = Formato de endereço de rede incompatível
warning-302 = Protocolo de transporte incompatível
warning-303 = Unidades de largura de banda incompatíveis
warning-304 = Tipo de mídia indisponível
warning-305 = Formato de mídia incompatível
warning-306 = Atributo não reconhecido
warning-307 = Parâmetro SDP não reconhecido
warning-308 = Especificação de idioma incompatível
warning-330 = Multicast indisponível
warning-331 = Unicast indisponível
warning-370 = Largura de banda insuficiente
warning-380 = SIPS não permitido
warning-381 = SIPS obrigatório
warning-399 = Aviso genérico
