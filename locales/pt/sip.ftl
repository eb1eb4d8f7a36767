# sipstatus: textos de resposta SIP, português europeu.
# Curtos, como no visor de um telefone de secretária ou de uma central telefónica (PBX):
# no máximo 24 colunas, e uma forma .short de 16 colunas para visores de 2x16.

## Classes de resposta

class-provisional = Resposta provisória
    .short = Provisória
class-success = Sucesso
class-redirection = Redirecionamento
class-client-failure = Erro do pedido
class-server-failure = Erro do servidor
class-global-failure = Erro global

## 1xx: provisórias

sip-100 = A processar
    .description = O pedido foi recebido e está a ser processado, por exemplo enquanto um proxy procura o destinatário.
sip-180 = A tocar
    .description = O terminal do destinatário recebeu a chamada e está a tocar.
sip-181 = A reencaminhar chamada
    .short = A reencaminhar
    .description = A chamada está a ser reencaminhada para outro destino.
sip-182 = Em fila de espera
    .short = Em fila
    .description = O destinatário não está disponível de momento e a chamada foi colocada em fila de espera até que esteja.
sip-183 = A estabelecer chamada
    .short = A estabelecer
    .description = A chamada está a ser estabelecida e já há informação prévia disponível, como o sinal de chamada ou um anúncio.
sip-199 = Fim de diálogo inicial
    .short = Fim de diálogo
    .description = Um diálogo inicial criado para esta chamada terminou antes de a chamada ser atendida.

## 2xx: sucesso

sip-200 = OK
    .description = O pedido foi bem-sucedido.
sip-202 = Aceite
    .description = O pedido foi aceite para processamento, mas ainda não foi concluído; obsoleto desde o RFC 6665.
sip-204 = Sem notificação
    .description = A subscrição foi renovada com êxito, mas não será enviada qualquer notificação.

## 3xx: redirecionamento

sip-300 = Vários destinos
    .description = O endereço corresponde a vários destinos, indicados na resposta, entre os quais o chamador pode escolher.
sip-301 = Movido permanentemente
    .short = Movido perm.
    .description = O destinatário já não está contactável neste endereço e mudou-se permanentemente para o endereço indicado na resposta.
sip-302 = Movido temporariamente
    .short = Movido temp.
    .description = O destinatário está temporariamente contactável no endereço indicado na resposta.
sip-305 = Usar proxy
    .description = O destinatário tem de ser contactado através do proxy indicado na resposta.
sip-380 = Serviço alternativo
    .short = Outro serviço
    .description = A chamada falhou, mas a resposta descreve serviços alternativos.

## 4xx: erro do pedido

sip-400 = Pedido inválido
    .description = O pedido não foi compreendido por ter uma sintaxe incorreta.
sip-401 = Autenticação necessária
    .short = Autenticação
    .description = O pedido requer a autenticação do utilizador junto do destinatário ou do servidor de registo.
sip-402 = Pagamento necessário
    .short = Requer pagamento
    .description = Reservado para utilização futura.
sip-403 = Proibido
    .description = O servidor compreendeu o pedido, mas recusa-se a executá-lo.
sip-404 = Não encontrado
    .description = O utilizador chamado não foi encontrado no domínio indicado no pedido.
sip-405 = Método não permitido
    .short = Método proibido
    .description = O método do pedido é conhecido, mas não é permitido para este endereço.
sip-406 = Conteúdo não aceite
    .short = Conteúdo negado
    .description = O destinatário só pode responder com conteúdo que o pedido declara não aceitar.
sip-407 = Autenticação no proxy
    .short = Autentic. proxy
    .description = O pedido requer que o chamador se autentique primeiro junto do proxy.
sip-408 = Tempo esgotado
    .description = O servidor não conseguiu responder a tempo, por exemplo por não ter localizado o destinatário.
sip-409 = Conflito
    .description = O pedido entra em conflito com o estado atual, por exemplo um utilizador já registado; existe apenas no RFC 2543, obsoleto.
sip-410 = Já não existe
    .description = O utilizador existiu, mas já não está contactável aqui e não se conhece nenhum endereço de reencaminhamento.
sip-411 = Comprimento necessário
    .short = Sem comprimento
    .description = O servidor recusa o pedido sem um Content-Length válido; existe apenas no RFC 2543, obsoleto.
sip-412 = Condição não cumprida
    .short = Condição falhou
    .description = Uma pré-condição do pedido, como a etiqueta de entidade de uma publicação, não se verificou.
sip-413 = Pedido demasiado grande
    .short = Pedido excessivo
    .description = O corpo do pedido é maior do que o servidor está disposto a processar.
sip-414 = URI demasiado longo
    .short = URI excessivo
    .description = O URI do pedido é mais longo do que o servidor está disposto a interpretar.
sip-415 = Formato não suportado
    .short = Formato inválido
    .description = O corpo do pedido está num formato que o servidor não suporta.
sip-416 = Esquema URI desconhecido
    .short = Esquema inválido
    .description = O servidor não conhece o esquema do URI do pedido.
sip-417 = Prioridade desconhecida
    .short = Prior. inválida
    .description = O pedido solicitou uma prioridade de recurso que o servidor não compreende.
sip-420 = Opção SIP não suportada
    .short = Opção inválida
    .description = O pedido necessita de uma opção do protocolo SIP que o servidor não suporta.
sip-421 = Opção SIP necessária
    .short = Falta opção SIP
    .description = O servidor necessita de uma opção do protocolo SIP que o pedido não indicou como suportada.
sip-422 = Intervalo insuficiente
    .short = Intervalo curto
    .description = O intervalo de renovação da sessão (Session-Expires) indicado no pedido é mais curto do que o servidor permite.
sip-423 = Validade demasiado curta
    .short = Validade curta
    .description = O tempo de validade pedido, por exemplo o de um registo, é demasiado curto.
sip-424 = Localização inválida
    .short = Local inválido
    .description = A informação de localização do pedido estava mal formada ou era insuficiente.
sip-425 = Alerta inválido
    .description = Um alerta de emergência não interativo foi recusado por estar mal formado.
sip-428 = Falta cabeçalho Identity
    .short = Falta Identity
    .description = A política do servidor exige um cabeçalho Identity, que o pedido não tinha.
sip-429 = Falta o Referred-By
    .short = Sem Referred-By
    .description = Faltava ao pedido um token Referred-By válido.
sip-430 = Falha de fluxo
    .description = Falhou um determinado fluxo de ligação ao agente de utilizador, embora outros possam continuar a funcionar.
sip-433 = Anonimato não permitido
    .short = Anónimo proibido
    .description = O pedido foi recusado por ser anónimo.
sip-436 = Identidade inválida
    .short = Ident. inválida
    .description = A informação de identidade do chamador (Identity-Info) não pôde ser usada, por exemplo por não ter sido possível obter o respetivo certificado.
sip-437 = Certificado não aceite
    .short = Certif. inválido
    .description = O servidor não conseguiu validar o certificado do domínio que assinou o pedido.
sip-438 = Assinatura inválida
    .short = Assin. inválida
    .description = Não foi possível verificar a assinatura no cabeçalho Identity.
sip-439 = Proxy sem Outbound
    .short = Sem Outbound
    .description = O servidor de registo suporta o mecanismo Outbound, mas o primeiro proxy do caminho não.
sip-440 = Max-Breadth excedido
    .short = Max-Breadth
    .description = Um proxy não pôde ramificar mais o pedido porque o seu Max-Breadth se esgotou.
sip-469 = Pacote INFO inválido
    .short = INFO inválido
    .description = O pedido INFO usou um pacote de informação que o recetor não aceitou.
sip-470 = Consentimento necessário
    .short = Falta consentim.
    .description = O remetente não obteve o consentimento do destinatário para este pedido.
sip-480 = Indisponível
    .description = O destinatário foi contactado, mas está indisponível de momento, por exemplo por não ter sessão iniciada ou estar em modo Não incomodar.
sip-481 = Chamada inexistente
    .short = Sem chamada
    .description = O pedido não corresponde a nenhuma chamada ou transação existente.
sip-482 = Ciclo detetado
    .description = O servidor detetou um ciclo de encaminhamento.
sip-483 = Demasiados saltos
    .short = Muitos saltos
    .description = O pedido passou por mais saltos do que o Max-Forwards permite.
sip-484 = Número incompleto
    .short = Núm. incompleto
    .description = O número ou endereço marcado está incompleto.
sip-485 = Endereço ambíguo
    .description = O endereço marcado é ambíguo e corresponde a mais de um utilizador.
sip-486 = Ocupado
    .description = O destinatário foi contactado, mas a linha está ocupada e de momento não pode atender outra chamada.
sip-487 = Chamada cancelada
    .short = Cancelada
    .description = O chamador cancelou a chamada antes de ser atendida.
sip-488 = Sem codec comum
    .description = Parte da sessão oferecida, como o codec ou o tipo de multimédia, não é compatível com o terminal chamado.
sip-489 = Evento inválido
    .description = O servidor não compreende o pacote de eventos indicado no pedido.
sip-491 = Pedido pendente
    .description = Há outro pedido ainda pendente no mesmo diálogo.
sip-493 = Indecifrável
    .description = O pedido contém um corpo cifrado que o recetor não consegue decifrar.
sip-494 = Sem acordo de segurança
    .short = Acordo segurança
    .description = O servidor exige a negociação de um mecanismo de segurança antes de aceitar o pedido.

## 5xx: erro do servidor

sip-500 = Erro interno do servidor
    .short = Erro interno
    .description = O servidor encontrou uma condição inesperada que o impediu de executar o pedido.
sip-501 = Não implementado
    .description = O servidor não suporta a função necessária para este pedido, como o seu método.
sip-502 = Erro de gateway
    .description = Uma gateway ou um proxy recebeu uma resposta inválida do servidor seguinte.
sip-503 = Serviço indisponível
    .short = Serviço indisp.
    .description = O servidor está temporariamente sobrecarregado ou em manutenção.
sip-504 = Servidor: tempo esgotado
    .short = Timeout servidor
    .description = O servidor não recebeu a tempo a resposta de outro servidor de que precisava.
sip-505 = Versão não suportada
    .short = Versão inválida
    .description = O servidor não suporta a versão SIP do pedido.
sip-513 = Mensagem demasiado longa
    .short = Msg. excessiva
    .description = A mensagem do pedido é maior do que o servidor consegue processar.
sip-555 = Push não suportado
    .short = Sem serviço push
    .description = O servidor não suporta o serviço de notificações push indicado no pedido.
sip-580 = Falha de pré-condição
    .short = Falha pré-cond.
    .description = O servidor não consegue cumprir as pré-condições exigidas para a sessão.

## 6xx: erro global

sip-600 = Utilizador ocupado
    .short = Utiliz. ocupado
    .description = O utilizador chamado está ocupado e nenhum outro destino, como o correio de voz, pode atender a chamada.
sip-603 = Chamada recusada
    .description = O destinatário recusou a chamada e nenhum outro destino a pode atender.
sip-604 = Número não atribuído
    .short = Não atribuído
    .description = O número ou utilizador chamado não existe em lado nenhum: não está atribuído a ninguém.
sip-606 = Sessão não aceite
    .short = Sessão negada
    .description = O destinatário foi contactado, mas algum aspeto da sessão oferecida não é aceite em lado nenhum.
sip-607 = Chamada indesejada
    .short = Indesejada
    .description = O destinatário marcou este chamador como indesejado; é provável que as suas próximas chamadas também sejam recusadas.
sip-608 = Bloqueada pela rede
    .short = Bloqueada (rede)
    .description = Um intermediário (a rede ou o operador, por exemplo um filtro antispam), e não o destinatário, bloqueou a chamada.

## 7xx: fora da norma

sip-701 = O interlocutor desligou
    .short = Desligou
    .description = O interlocutor desligou; é um código interno de uma pilha SIP, fora da norma.
