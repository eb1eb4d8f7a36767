# sipstatus: causas UIT-T Q.850 (RDSI/ISUP), español.
# Términos habituales de la RDSI; se omiten las marcas de «uso nacional».

## Clases de causa

q850-class-normal-event = Evento normal
q850-class-resource-unavailable = Recurso no disponible
q850-class-service-not-available = Servicio u opción no disponible
q850-class-service-not-implemented = Servicio u opción no implementado
q850-class-invalid-message = Mensaje no válido
q850-class-protocol-error = Error de protocolo
q850-class-interworking = Interfuncionamiento

## Causas

q850-1 = Número inexistente (no asignado)
q850-2 = Sin ruta hacia la red de tránsito especificada
q850-3 = Sin ruta hacia el destino
q850-4 = Enviar tono de información especial
q850-5 = Prefijo interurbano mal marcado
q850-6 = Canal inaceptable
q850-7 = Llamada adjudicada y entregada en un canal establecido
q850-8 = Prelación
q850-9 = Prelación, circuito reservado para reutilización
q850-14 = QoR: número portado
q850-16 = Liberación normal de la llamada
q850-17 = Usuario ocupado
q850-18 = El usuario no responde
q850-19 = Sin respuesta (usuario avisado)
q850-20 = Abonado ausente
q850-21 = Llamada rechazada
q850-22 = Número cambiado
q850-23 = Redirección a un nuevo destino
q850-24 = Llamada rechazada por un servicio en el destino
q850-25 = Error de encaminamiento en la central
q850-26 = Liberación de usuario no seleccionado
q850-27 = Destino fuera de servicio
q850-28 = Formato de número no válido (número incompleto)
q850-29 = Facilidad rechazada
q850-30 = Respuesta a STATUS ENQUIRY
q850-31 = Normal, sin especificar
q850-34 = Ningún circuito/canal disponible
q850-38 = Red fuera de servicio
q850-39 = Conexión permanente en modo trama fuera de servicio
q850-40 = Conexión permanente en modo trama operativa
q850-41 = Fallo temporal
q850-42 = Congestión en la central
q850-43 = Información de acceso descartada
q850-44 = Circuito/canal solicitado no disponible
q850-46 = Llamada prioritaria bloqueada
q850-47 = Recurso no disponible, sin especificar
q850-49 = Calidad de servicio no disponible
q850-50 = Facilidad solicitada no contratada
q850-53 = Llamadas salientes prohibidas en el GCU
q850-55 = Llamadas entrantes prohibidas en el GCU
q850-57 = Capacidad portadora no autorizada
q850-58 = Capacidad portadora no disponible actualmente
q850-62 = Incoherencia entre el acceso saliente designado y la clase de abonado
q850-63 = Servicio u opción no disponible, sin especificar
q850-65 = Capacidad portadora no implementada
q850-66 = Tipo de canal no implementado
q850-69 = Facilidad solicitada no implementada
q850-70 = Solo hay capacidad portadora digital restringida
q850-79 = Servicio u opción no implementado, sin especificar
q850-81 = Valor de referencia de llamada no válido
q850-82 = El canal identificado no existe
q850-83 = Existe una llamada suspendida, pero no con esta identidad
q850-84 = Identidad de llamada en uso
q850-85 = Ninguna llamada suspendida
q850-86 = La llamada con la identidad solicitada fue liberada
q850-87 = Usuario no miembro del GCU
q850-88 = Destino incompatible
q850-90 = GCU inexistente
q850-91 = Selección de red de tránsito no válida
q850-95 = Mensaje no válido, sin especificar
q850-96 = Falta un elemento de información obligatorio
q850-97 = Tipo de mensaje inexistente o no implementado
q850-98 = Mensaje incompatible con el estado de la llamada, o tipo de mensaje inexistente o no implementado
q850-99 = Elemento de información/parámetro inexistente o no implementado
q850-100 = Contenido de elemento de información no válido
q850-101 = Mensaje incompatible con el estado de la llamada
q850-102 = Recuperación al expirar el temporizador
q850-103 = Parámetro inexistente o no implementado, transmitido
q850-110 = Mensaje con parámetro no reconocido, descartado
q850-111 = Error de protocolo, sin especificar
q850-127 = Interfuncionamiento, sin especificar
