# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), português (Portugal).
# English (locales/en/warning.ftl) is the reference.

warning-300 = Protocolo de rede incompatível
warning-301 = Formato de endereço de rede incompatível
warning-302 = Protocolo de transporte incompatível
warning-303 = Unidades de largura de banda incompatíveis
warning-304 = Tipo de multimédia indisponível
warning-305 = Formato multimédia incompatível
warning-306 = Atributo não reconhecido
warning-307 = Parâmetro SDP não reconhecido
warning-308 = Especificação de língua incompatível
warning-330 = Multicast indisponível
warning-331 = Unicast indisponível
warning-370 = Largura de banda insuficiente
warning-380 = SIPS não permitido
warning-381 = SIPS obrigatório
warning-399 = Aviso genérico
