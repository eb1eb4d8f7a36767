# sipstatus: textos de resposta SIP, português do Brasil.
# Curtos, como no display de um telefone IP ou de um PABX:
# no máximo 24 colunas, e uma forma .short de 16 colunas para displays de 2x16.

## Classes de resposta

class-provisional = Resposta provisória
    .short = Provisória
class-success = Sucesso
class-redirection = Redirecionamento
class-client-failure = Erro de requisição
    .short = Erro requisição
class-server-failure = Erro do servidor
class-global-failure = Erro global

## 1xx: provisórias

sip-100 = Processando
    .description = A requisição foi recebida e está sendo processada, por exemplo enquanto um proxy localiza o destinatário.
sip-180 = Chamando
    .description = O aparelho do destinatário recebeu a chamada e está tocando.
sip-181 = Desviando chamada
    .short = Desviando
    .description = A chamada está sendo desviada para outro destino.
sip-182 = Na fila de espera
    .short = Na fila
    .description = O destinatário não está disponível no momento e a chamada foi colocada na fila até que esteja.
sip-183 = Completando chamada
    .short = Completando
    .description = A chamada está sendo completada e já há informações prévias disponíveis, como o tom de chamada ou um anúncio.
sip-199 = Fim do diálogo inicial
    .short = Fim do diálogo
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
    .short = Movido perm.
    .description = O destinatário não pode mais ser contatado neste endereço e mudou-se permanentemente para o endereço indicado na resposta.
sip-302 = Movido temporariamente
    .short = Movido temp.
    .description = O destinatário pode ser contatado temporariamente no endereço indicado na resposta.
sip-305 = Usar proxy
    .description = O destinatário deve ser contatado por meio do proxy indicado na resposta.
sip-380 = Serviço alternativo
    .short = Outro serviço
    .description = A chamada falhou, mas a resposta descreve serviços alternativos.

## 4xx: erro de requisição

sip-400 = Requisição inválida
    .short = Req. inválida
    .description = A requisição não pôde ser entendida porque tem sintaxe incorreta.
sip-401 = Autenticação obrigatória
    .short = Autenticação
    .description = A requisição exige a autenticação do usuário junto ao destinatário ou ao servidor de registro.
sip-402 = Pagamento obrigatório
    .short = Requer pagamento
    .description = Reservado para uso futuro.
sip-403 = Proibido
    .description = O servidor entendeu a requisição, mas se recusa a atendê-la.
sip-404 = Não encontrado
    .description = O usuário chamado não foi encontrado no domínio indicado na requisição.
sip-405 = Método não permitido
    .short = Método proibido
    .description = O método da requisição é conhecido, mas não é permitido para este endereço.
sip-406 = Conteúdo não aceito
    .short = Conteúdo negado
    .description = O destinatário só pode responder com um conteúdo que a requisição declara não aceitar.
sip-407 = Autenticação de proxy
    .short = Autentic. proxy
    .description = A requisição exige que o chamador se autentique primeiro no proxy.
sip-408 = Tempo limite esgotado
    .short = Tempo esgotado
    .description = O servidor não conseguiu responder a tempo, por exemplo porque não localizou o destinatário.
sip-409 = Conflito
    .description = A requisição entra em conflito com o estado atual, por exemplo um usuário já registrado; existe apenas na RFC 2543, obsoleta.
sip-410 = Não existe mais
    .description = O usuário existiu, mas não pode mais ser contatado aqui e nenhum endereço de desvio é conhecido.
sip-411 = Tamanho obrigatório
    .short = Falta tamanho
    .description = O servidor recusa a requisição sem um Content-Length válido; existe apenas na RFC 2543, obsoleta.
sip-412 = Condição não atendida
    .short = Falha condição
    .description = Uma pré-condição da requisição, como a etiqueta de entidade de uma publicação, não foi atendida.
sip-413 = Requisição muito grande
    .short = Muito grande
    .description = O corpo da requisição é maior do que o servidor está disposto a processar.
sip-414 = Request-URI muito longa
    .short = URI muito longa
    .description = A URI da requisição é mais longa do que o servidor está disposto a interpretar.
sip-415 = Formato não suportado
    .short = Formato inválido
    .description = O corpo da requisição está em um formato que o servidor não suporta.
sip-416 = Esquema URI desconhecido
    .short = Esquema inválido
    .description = O servidor não conhece o esquema da URI da requisição.
sip-417 = Prioridade desconhecida
    .short = Prior. inválida
    .description = A requisição solicitou uma prioridade de recurso que o servidor não entende.
sip-420 = Opção SIP não suportada
    .short = Opção inválida
    .description = A requisição precisa de uma opção do protocolo SIP que o servidor não suporta.
sip-421 = Opção SIP obrigatória
    .short = Requer opção SIP
    .description = O servidor precisa de uma opção do protocolo SIP que a requisição não indicou como suportada.
sip-422 = Intervalo insuficiente
    .short = Intervalo curto
    .description = O intervalo de renovação da sessão (Session-Expires) informado na requisição é menor do que o servidor permite.
sip-423 = Expiração muito curta
    .short = Expiração curta
    .description = O tempo de expiração solicitado, por exemplo o de um registro, é curto demais.
sip-424 = Localização inválida
    .short = Local inválido
    .description = As informações de localização da requisição estavam malformadas ou eram insuficientes.
sip-425 = Alerta inválido
    .description = Um alerta de emergência não interativo foi recusado por estar malformado.
sip-428 = Identity obrigatório
    .short = Requer Identity
    .description = A política do servidor exige um cabeçalho Identity, que a requisição não tinha.
sip-429 = Referred-By ausente
    .short = Sem Referred-By
    .description = Faltava à requisição um token Referred-By válido.
sip-430 = Falha no fluxo
    .description = Um determinado fluxo de conexão com o agente de usuário falhou, embora outros ainda possam funcionar.
sip-433 = Anonimato não permitido
    .short = Anônimo proibido
    .description = A requisição foi recusada por ser anônima.
sip-436 = Identidade inválida
    .short = Ident. inválida
    .description = As informações de identidade do chamador (Identity-Info) não puderam ser usadas, por exemplo porque não foi possível obter o certificado correspondente.
sip-437 = Credencial não suportada
    .short = Certif. inválido
    .description = O servidor não conseguiu validar o certificado do domínio que assinou a requisição.
sip-438 = Assinatura inválida
    .short = Assin. inválida
    .description = Não foi possível verificar a assinatura no cabeçalho Identity.
sip-439 = 1º salto sem Outbound
    .short = Sem Outbound
    .ascii = 1o salto sem Outbound
    .description = O servidor de registro suporta o mecanismo Outbound, mas o primeiro proxy do caminho não.
sip-440 = Max-Breadth excedido
    .short = Max-Breadth
    .description = Um proxy não conseguiu ramificar mais a requisição porque o seu Max-Breadth se esgotou.
sip-469 = Pacote INFO inválido
    .short = INFO inválido
    .description = A requisição INFO usou um pacote de informação que o receptor não aceitou.
sip-470 = Consentimento exigido
    .short = Falta consentim.
    .description = O remetente não obteve o consentimento do destinatário para esta requisição.
sip-480 = Indisponível
    .description = O destinatário foi localizado, mas está indisponível no momento, por exemplo porque não está conectado ou está no modo Não perturbe.
sip-481 = Chamada inexistente
    .short = Sem chamada
    .description = A requisição não corresponde a nenhuma chamada ou transação existente.
sip-482 = Loop detectado
    .description = O servidor detectou um loop de roteamento.
sip-483 = Excesso de saltos
    .short = Muitos saltos
    .description = A requisição passou por mais saltos do que o Max-Forwards permite.
sip-484 = Número incompleto
    .short = Núm. incompleto
    .description = O número ou endereço discado está incompleto.
sip-485 = Endereço ambíguo
    .description = O endereço discado é ambíguo e corresponde a mais de um usuário.
sip-486 = Ocupado
    .description = O destinatário foi localizado, mas a linha está ocupada e não pode atender outra chamada no momento.
sip-487 = Chamada cancelada
    .short = Cancelada
    .description = O chamador cancelou a chamada antes de ela ser atendida.
sip-488 = Mídia incompatível
    .short = Mídia incompat.
    .description = Parte da sessão oferecida, como o codec ou o tipo de mídia, é incompatível com o aparelho chamado.
sip-489 = Evento inválido
    .description = O servidor não entende o pacote de eventos indicado na requisição.
sip-491 = Requisição pendente
    .short = Pendente
    .description = Há outra requisição ainda pendente no mesmo diálogo.
sip-493 = Indecifrável
    .description = A requisição contém um corpo criptografado que o receptor não consegue descriptografar.
sip-494 = Sem acordo de segurança
    .short = Acordo segurança
    .description = O servidor exige a negociação de um mecanismo de segurança antes de aceitar a requisição.

## 5xx: erro do servidor

sip-500 = Erro interno do servidor
    .short = Erro interno
    .description = O servidor encontrou uma condição inesperada que o impediu de atender a requisição.
sip-501 = Não implementado
    .description = O servidor não suporta a função necessária para esta requisição, como o seu método.
sip-502 = Erro de gateway
    .description = Um gateway ou proxy recebeu uma resposta inválida do próximo servidor.
sip-503 = Serviço indisponível
    .short = Serviço indisp.
    .description = O servidor está temporariamente sobrecarregado ou em manutenção.
sip-504 = Timeout do servidor
    .short = Timeout servidor
    .description = O servidor não recebeu a tempo a resposta de outro servidor de que precisava.
sip-505 = Versão não suportada
    .short = Versão inválida
    .description = O servidor não suporta a versão SIP da requisição.
sip-513 = Mensagem muito grande
    .short = Msg muito grande
    .description = A mensagem da requisição é maior do que o servidor consegue processar.
sip-555 = Push não suportado
    .short = Sem serviço push
    .description = O servidor não suporta o serviço de notificações push indicado na requisição.
sip-580 = Falha na pré-condição
    .short = Falha pré-cond.
    .description = O servidor não consegue atender às pré-condições exigidas para a sessão.

## 6xx: erro global

sip-600 = Usuário ocupado
    .description = O usuário chamado está ocupado e nenhum outro destino, como a caixa postal, pode atender a chamada.
sip-603 = Chamada recusada
    .description = O destinatário recusou a chamada e nenhum outro destino pode atendê-la.
sip-604 = Número inexistente
    .short = Inexistente
    .description = O número ou usuário chamado não existe em lugar nenhum.
sip-606 = Sessão não aceita
    .short = Sessão negada
    .description = O destinatário foi localizado, mas algum aspecto da sessão oferecida não é aceito em lugar nenhum.
sip-607 = Chamada indesejada
    .short = Indesejada
    .description = O destinatário marcou este chamador como indesejado; é provável que as próximas chamadas dele também sejam recusadas.
sip-608 = Bloqueada pela operadora
    .short = Bloq. operadora
    .description = Um intermediário (a operadora ou a rede, por exemplo um filtro antispam), e não o destinatário, bloqueou a chamada.

## 7xx: fora do padrão

sip-701 = O outro lado desligou
    .short = Desligou
    .description = A outra parte desligou; é um código interno de uma pilha SIP, fora do padrão.
