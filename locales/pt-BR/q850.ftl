# sipstatus: causas ITU-T Q.850 (RDSI/ISUP), português do Brasil.
# Termos habituais da RDSI; as indicações "uso nacional" são omitidas.

## Classes de causa

q850-class-normal-event = Evento normal
q850-class-resource-unavailable = Recurso indisponível
q850-class-service-not-available = Serviço ou opção indisponível
q850-class-service-not-implemented = Serviço ou opção não implementado
q850-class-invalid-message = Mensagem inválida
q850-class-protocol-error = Erro de protocolo
q850-class-interworking = Interfuncionamento

## Causas

q850-1 = Número inexistente (não alocado)
q850-2 = Sem rota para a rede de trânsito especificada
q850-3 = Sem rota para o destino
q850-4 = Enviar tom de informação especial
q850-5 = Prefixo interurbano mal discado
q850-6 = Canal inaceitável
q850-7 = Chamada atribuída e entregue em um canal já estabelecido
q850-8 = Preempção
q850-9 = Preempção, circuito reservado para reutilização
q850-14 = QoR: número portado
q850-16 = Liberação normal da chamada
q850-17 = Usuário ocupado
q850-18 = Usuário não responde
q850-19 = Sem resposta (usuário alertado)
q850-20 = Assinante ausente
q850-21 = Chamada recusada
q850-22 = Número alterado
q850-23 = Redirecionamento para novo destino
q850-24 = Chamada recusada devido a facilidade no destino
q850-25 = Erro de roteamento na central
q850-26 = Liberação de usuário não selecionado
q850-27 = Destino fora de serviço
q850-28 = Formato de número inválido (número incompleto)
q850-29 = Facilidade rejeitada
q850-30 = Resposta a STATUS ENQUIRY
q850-31 = Normal, não especificado
q850-34 = Nenhum circuito/canal disponível
q850-38 = Rede fora de serviço
q850-39 = Conexão permanente em modo quadro fora de serviço
q850-40 = Conexão permanente em modo quadro operacional
q850-41 = Falha temporária
q850-42 = Congestionamento na central
q850-43 = Informações de acesso descartadas
q850-44 = Circuito/canal solicitado indisponível
q850-46 = Chamada prioritária bloqueada
q850-47 = Recurso indisponível, não especificado
q850-49 = Qualidade de serviço indisponível
q850-50 = Facilidade solicitada não contratada
q850-53 = Chamadas de saída bloqueadas no CUG
q850-55 = Chamadas de entrada bloqueadas no CUG
q850-57 = Capacidade portadora não autorizada
q850-58 = Capacidade portadora indisponível no momento
q850-62 = Inconsistência entre acesso de saída designado e categoria do assinante
q850-63 = Serviço ou opção indisponível, não especificado
q850-65 = Capacidade portadora não implementada
q850-66 = Tipo de canal não implementado
q850-69 = Facilidade solicitada não implementada
q850-70 = Apenas capacidade portadora digital restrita disponível
q850-79 = Serviço ou opção não implementado, não especificado
q850-81 = Valor de referência de chamada inválido
q850-82 = O canal identificado não existe
q850-83 = Existe uma chamada suspensa, mas não com esta identidade
q850-84 = Identidade de chamada em uso
q850-85 = Nenhuma chamada suspensa
q850-86 = A chamada com a identidade solicitada foi liberada
q850-87 = Usuário não membro do CUG
q850-88 = Destino incompatível
q850-90 = CUG inexistente
q850-91 = Seleção de rede de trânsito inválida
q850-95 = Mensagem inválida, não especificada
q850-96 = Falta elemento de informação obrigatório
q850-97 = Tipo de mensagem inexistente ou não implementado
q850-98 = Mensagem incompatível com o estado da chamada, ou tipo de mensagem inexistente ou não implementado
q850-99 = Elemento de informação/parâmetro inexistente ou não implementado
q850-100 = Conteúdo de elemento de informação inválido
q850-101 = Mensagem incompatível com o estado da chamada
q850-102 = Recuperação por expiração de temporizador
q850-103 = Parâmetro inexistente ou não implementado, repassado
q850-110 = Mensagem com parâmetro não reconhecido, descartada
q850-111 = Erro de protocolo, não especificado
q850-127 = Interfuncionamento, não especificado
