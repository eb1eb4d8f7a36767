# sipstatus: textos de resposta SIP, português do Brasil.
# Curtos, como no visor de um telefone de mesa ou de um PABX.

## Classes de resposta

class-provisional = Resposta provisória
class-success = Sucesso
class-redirection = Redirecionamento
class-client-failure = Erro de requisição
class-server-failure = Erro do servidor
class-global-failure = Erro global

## 1xx: provisórias

sip-100 = Processando
    .description = A requisição foi recebida e está sendo processada, por exemplo enquanto um proxy localiza o destinatário.
sip-180 = Chamando
    .description = O aparelho do destinatário recebeu a chamada e está alertando o usuário.
sip-181 = Desviando chamada
    .description = A chamada está sendo desviada para outro destino.
sip-182 = Na fila de espera
    .description = O destinatário não está disponível no momento e a chamada foi colocada na fila até que esteja.
sip-183 = Estabelecendo chamada
    .description = A chamada está sendo estabelecida e já há informações prévias disponíveis, como o tom de chamada ou um anúncio.
sip-199 = Diálogo inicial encerrado
    .description = Um diálogo inicial criado para esta chamada foi encerrado antes de a chamada ser atendida.

## 2xx: sucesso

sip-200 = OK
    .description = A requisição foi bem-sucedida.
sip-202 = Aceito
    .description = A requisição foi aceita para processamento, mas ainda não foi concluída; obsoleto desde a RFC 6665.
sip-204 = Sem notificação
    .description = A assinatura foi renovada com sucesso, mas nenhuma notificação será enviada.

## 3xx: redirecionamento

sip-300 = Vários destinos
    .description = O endereço corresponde a vários destinos, listados na resposta, entre os quais o chamador pode escolher.
sip-301 = Movido permanentemente
    .description = O destinatário não pode mais ser contatado neste endereço e mudou-se permanentemente para o endereço indicado na resposta.
sip-302 = Movido temporariamente
    .description = O destinatário pode ser contatado temporariamente no endereço indicado na resposta.
sip-305 = Usar proxy
    .description = O destinatário deve ser contatado por meio do proxy indicado na resposta.
sip-380 = Serviço alternativo
    .description = A chamada falhou, mas a resposta descreve serviços alternativos.

## 4xx: erro de requisição

sip-400 = Requisição inválida
    .description = A requisição não pôde ser entendida porque tem sintaxe incorreta.
sip-401 = Não autorizado
    .description = A requisição exige a autenticação do usuário junto ao destinatário ou ao servidor de registro.
sip-402 = Pagamento necessário
    .description = Reservado para uso futuro.
sip-403 = Proibido
    .description = O servidor entendeu a requisição, mas se recusa a atendê-la.
sip-404 = Não encontrado
    .description = O usuário chamado não existe no domínio indicado na requisição.
sip-405 = Método não permitido
    .description = O método da requisição é conhecido, mas não é permitido para este endereço.
sip-406 = Não aceitável
    .description = O destinatário só pode responder com um conteúdo que a requisição declara não aceitar.
sip-407 = Autenticação proxy necessária
    .description = A requisição exige que o chamador se autentique primeiro no proxy.
sip-408 = Tempo esgotado
    .description = O servidor não conseguiu responder a tempo, por exemplo porque não localizou o destinatário.
sip-409 = Conflito
    .description = A requisição entra em conflito com o estado atual, por exemplo um usuário já registrado; existe apenas na RFC 2543, obsoleta.
sip-410 = Não existe mais
    .description = O usuário existiu, mas não pode mais ser contatado aqui e nenhum endereço de desvio é conhecido.
sip-411 = Comprimento necessário
    .description = O servidor recusa a requisição sem um Content-Length válido; existe apenas na RFC 2543, obsoleta.
sip-412 = Condição não atendida
    .description = Uma pré-condição da requisição, como a etiqueta de entidade de uma publicação, não foi atendida.
sip-413 = Requisição muito grande
    .description = O corpo da requisição é maior do que o servidor está disposto a processar.
sip-414 = Request-URI muito longa
    .description = A URI da requisição é mais longa do que o servidor está disposto a interpretar.
sip-415 = Formato não suportado
    .description = O corpo da requisição está em um formato que o servidor não suporta.
sip-416 = Esquema URI não suportado
    .description = O servidor não conhece o esquema da URI da requisição.
sip-417 = Prioridade desconhecida
    .description = A requisição solicitou uma prioridade de recurso que o servidor não entende.
sip-420 = Extensão desconhecida
    .description = A requisição precisa de uma extensão de protocolo que o servidor não suporta.
sip-421 = Extensão necessária
    .description = O servidor precisa de uma extensão que a requisição não indicou como suportada.
sip-422 = Intervalo de sessão muito curto
    .description = O intervalo de renovação da sessão informado na requisição é menor do que o servidor permite.
sip-423 = Intervalo muito curto
    .description = O tempo de expiração solicitado, por exemplo o de um registro, é curto demais.
sip-424 = Localização inválida
    .description = As informações de localização da requisição estavam malformadas ou eram insuficientes.
sip-425 = Alerta inválido
    .description = Um alerta de emergência não interativo foi recusado por estar malformado.
sip-428 = Falta cabeçalho Identity
    .description = A política do servidor exige um cabeçalho Identity, que a requisição não tinha.
sip-429 = Referente não identificado
    .description = Faltava à requisição um token Referred-By válido.
sip-430 = Falha de fluxo
    .description = Um determinado fluxo de conexão com o agente de usuário falhou, embora outros ainda possam funcionar.
sip-433 = Anonimato não permitido
    .description = A requisição foi recusada por ser anônima.
sip-436 = Identidade inválida
    .description = As informações de identidade da requisição não puderam ser usadas, por exemplo porque não foi possível obter o certificado correspondente.
sip-437 = Certificado não suportado
    .description = O servidor não conseguiu validar o certificado do domínio que assinou a requisição.
sip-438 = Cabeçalho Identity inválido
    .description = Não foi possível verificar a assinatura no cabeçalho Identity.
sip-439 = Primeiro salto sem Outbound
    .description = O servidor de registro suporta a extensão Outbound, mas o primeiro proxy do caminho não.
sip-440 = Max-Breadth excedido
    .description = Um proxy não conseguiu ramificar mais a requisição porque o seu Max-Breadth se esgotou.
sip-469 = Pacote INFO inválido
    .description = A requisição INFO usou um pacote de informação que o receptor não aceitou.
sip-470 = Consentimento necessário
    .description = O remetente não obteve o consentimento do destinatário para esta requisição.
sip-480 = Indisponível
    .description = O destinatário foi localizado, mas está indisponível no momento, por exemplo porque não está conectado ou está no modo Não perturbe.
sip-481 = Chamada inexistente
    .description = A requisição não corresponde a nenhuma chamada ou transação existente.
sip-482 = Loop detectado
    .description = O servidor detectou um loop de roteamento.
sip-483 = Excesso de saltos
    .description = A requisição passou por mais saltos do que o Max-Forwards permite.
sip-484 = Número incompleto
    .description = O número ou endereço discado está incompleto.
sip-485 = Endereço ambíguo
    .description = O endereço discado é ambíguo e corresponde a mais de um usuário.
sip-486 = Ocupado
    .description = O destinatário foi localizado, mas não pode atender outra chamada no momento.
sip-487 = Requisição cancelada
    .description = A requisição foi cancelada antes de ser respondida.
sip-488 = Não aceitável aqui
    .description = Parte da sessão oferecida, como um codec ou tipo de mídia, não é aceitável aqui.
sip-489 = Evento inválido
    .description = O servidor não entende o pacote de eventos indicado na requisição.
sip-491 = Requisição pendente
    .description = Há outra requisição ainda pendente no mesmo diálogo.
sip-493 = Indecifrável
    .description = A requisição contém um corpo criptografado que o receptor não consegue descriptografar.
sip-494 = Requer acordo de segurança
    .description = O servidor exige a negociação de um mecanismo de segurança antes de aceitar a requisição.

## 5xx: erro do servidor

sip-500 = Erro interno do servidor
    .description = O servidor encontrou uma condição inesperada que o impediu de atender a requisição.
sip-501 = Não implementado
    .description = O servidor não suporta a função necessária para esta requisição, como o seu método.
sip-502 = Erro de gateway
    .description = Um gateway ou proxy recebeu uma resposta inválida do próximo servidor.
sip-503 = Serviço indisponível
    .description = O servidor está temporariamente sobrecarregado ou em manutenção.
sip-504 = Tempo esgotado no servidor
    .description = O servidor não recebeu a tempo a resposta de outro servidor de que precisava.
sip-505 = Versão não suportada
    .description = O servidor não suporta a versão SIP da requisição.
sip-513 = Mensagem muito grande
    .description = A mensagem da requisição é maior do que o servidor consegue processar.
sip-555 = Serviço push não suportado
    .description = O servidor não suporta o serviço de notificações push indicado na requisição.
sip-580 = Falha de pré-condição
    .description = O servidor não consegue atender às pré-condições exigidas para a sessão.

## 6xx: erro global

sip-600 = Ocupado em toda parte
    .description = O destinatário está ocupado e nenhum outro destino, como a caixa postal, pode atender a chamada.
sip-603 = Chamada recusada
    .description = O destinatário recusou a chamada e nenhum outro destino pode atendê-la.
sip-604 = Não existe em lugar nenhum
    .description = O usuário chamado não existe em lugar nenhum.
sip-606 = Não aceitável
    .description = O destinatário foi localizado, mas algum aspecto da sessão oferecida não é aceitável.
sip-607 = Chamada indesejada
    .description = O destinatário marcou a chamada como indesejada; é provável que as próximas chamadas deste chamador também sejam rejeitadas.
sip-608 = Rejeitada
    .description = Um intermediário, e não o destinatário, rejeitou a chamada.

## 7xx: fora do padrão

sip-701 = O outro lado desligou
    .description = A outra parte desligou; é um código interno de uma pilha SIP, fora do padrão.
