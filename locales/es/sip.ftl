# sipstatus: textos de respuesta SIP, español (neutro, para España y Latinoamérica).
# Breves, como en la pantalla de un teléfono de escritorio o de una centralita (PBX):
# 24 columnas como máximo y una forma .short de 16 columnas para pantallas de 2x16.

## Clases de respuesta

class-provisional = Respuesta provisional
    .short = Provisional
class-success = Éxito
class-redirection = Redirección
class-client-failure = Error de solicitud
    .short = Error solicitud
class-server-failure = Error del servidor
    .short = Error servidor
class-global-failure = Error global

## 1xx: provisionales

sip-100 = Procesando
    .description = La solicitud se recibió y se está procesando, por ejemplo mientras un proxy busca al destinatario.
sip-180 = Sonando
    .description = El terminal del destinatario recibió la llamada y está sonando.
sip-181 = Desviando llamada
    .short = Desviando
    .description = La llamada se está desviando a otro destino.
sip-182 = En cola
    .description = El destinatario no está disponible ahora y la llamada queda en cola hasta que lo esté.
sip-183 = Estableciendo llamada
    .short = Estableciendo
    .description = La llamada se está estableciendo y ya hay información previa disponible, como el tono de llamada o un anuncio.
sip-199 = Fin de diálogo temprano
    .short = Fin de diálogo
    .description = Un diálogo temprano creado para esta llamada terminó antes de que se contestara la llamada.

## 2xx: éxito

sip-200 = OK
    .description = La solicitud se completó correctamente.
sip-202 = Aceptado
    .description = La solicitud se aceptó para su procesamiento, pero aún no se ha completado; obsoleto desde la RFC 6665.
sip-204 = Sin notificación
    .description = La suscripción se renovó correctamente, pero no se enviará ninguna notificación.

## 3xx: redirección

sip-300 = Varios destinos
    .description = La dirección corresponde a varios destinos, indicados en la respuesta, entre los que el llamante puede elegir.
sip-301 = Movido permanentemente
    .short = Movido perm.
    .description = El destinatario ya no está disponible en esta dirección y se trasladó de forma permanente a la indicada en la respuesta.
sip-302 = Movido temporalmente
    .short = Movido temp.
    .description = El destinatario está disponible temporalmente en la dirección indicada en la respuesta.
sip-305 = Usar proxy
    .description = Solo se puede llegar al destinatario a través del proxy indicado en la respuesta.
sip-380 = Servicio alternativo
    .short = Otro servicio
    .description = La llamada falló, pero la respuesta describe servicios alternativos.

## 4xx: error de solicitud

sip-400 = Solicitud incorrecta
    .short = Solic. errónea
    .description = La solicitud no se pudo entender porque su sintaxis es incorrecta.
sip-401 = Autenticación requerida
    .short = Autenticación
    .description = La solicitud requiere que el usuario se autentique ante el destinatario o el registrador.
sip-402 = Pago requerido
    .description = Reservado para uso futuro.
sip-403 = Prohibido
    .description = El servidor entendió la solicitud, pero se niega a atenderla.
sip-404 = No encontrado
    .description = El usuario llamado no se encontró en el dominio indicado en la solicitud.
sip-405 = Método no permitido
    .short = Método prohibido
    .description = El método de la solicitud es conocido, pero no está permitido para esta dirección.
sip-406 = Contenido no aceptable
    .short = Cont. denegado
    .description = El destinatario solo puede responder con contenido que, según la solicitud, no se acepta.
sip-407 = Autenticación de proxy
    .short = Autentic. proxy
    .description = La solicitud requiere que el llamante se autentique primero ante el proxy.
sip-408 = Tiempo agotado
    .description = El servidor no pudo responder a tiempo, por ejemplo porque no logró localizar al destinatario.
sip-409 = Conflicto
    .description = La solicitud entra en conflicto con el estado actual, por ejemplo un usuario ya registrado; solo existe en la RFC 2543, obsoleta.
sip-410 = Ya no existe
    .description = El usuario existió, pero ya no está disponible aquí y no se conoce ninguna dirección de desvío.
sip-411 = Longitud requerida
    .short = Falta longitud
    .description = El servidor rechaza la solicitud sin un Content-Length válido; solo existe en la RFC 2543, obsoleta.
sip-412 = Condición no cumplida
    .short = Fallo condición
    .description = No se cumplió una condición previa de la solicitud, como la etiqueta de entidad de una publicación.
sip-413 = Solicitud muy grande
    .short = Demasiado grande
    .description = El cuerpo de la solicitud es más grande de lo que el servidor está dispuesto a procesar.
sip-414 = Request-URI muy larga
    .short = URI muy larga
    .description = La URI de la solicitud es más larga de lo que el servidor está dispuesto a interpretar.
sip-415 = Formato no admitido
    .short = Tipo no admitido
    .description = El cuerpo de la solicitud está en un formato que el servidor no admite.
sip-416 = Esquema URI no admitido
    .short = Esq. no admitido
    .description = El servidor no conoce el esquema de la URI de la solicitud.
sip-417 = Prioridad desconocida
    .short = Prior. inválida
    .description = La solicitud pidió una prioridad de recurso que el servidor no entiende.
sip-420 = Opción SIP no admitida
    .short = Opción no admit.
    .description = La solicitud necesita una opción del protocolo SIP que el servidor no admite.
sip-421 = Opción SIP requerida
    .short = Falta opción SIP
    .description = El servidor necesita una opción del protocolo SIP que la solicitud no indicó como admitida.
sip-422 = Intervalo insuficiente
    .short = Intervalo corto
    .description = El intervalo de renovación de la sesión (Session-Expires) indicado en la solicitud es más corto de lo que permite el servidor.
sip-423 = Expiración muy breve
    .short = Expiración corta
    .description = El tiempo de expiración solicitado, por ejemplo el de un registro, es demasiado corto.
sip-424 = Ubicación no válida
    .short = Ubic. no válida
    .description = La información de ubicación de la solicitud tenía un formato incorrecto o era insuficiente.
sip-425 = Alerta no válida
    .description = Se rechazó una alerta de emergencia no interactiva porque tenía un formato incorrecto.
sip-428 = Falta cabecera Identity
    .short = Falta Identity
    .description = La política del servidor exige una cabecera Identity y la solicitud no la incluía.
sip-429 = Falta ID de referente
    .short = Falta referente
    .description = A la solicitud le faltaba un token Referred-By válido.
sip-430 = Fallo de flujo
    .description = Falló un flujo de conexión concreto hacia el agente de usuario, aunque otros pueden seguir funcionando.
sip-433 = Anonimato no permitido
    .short = Anónimo denegado
    .description = La solicitud se rechazó porque era anónima.
sip-436 = Info. identidad errónea
    .short = Info ID errónea
    .description = No se pudo usar la información de identidad del llamante (Identity-Info), por ejemplo porque no se pudo obtener su certificado.
sip-437 = Certificado no admitido
    .short = Certif. inválido
    .description = El servidor no pudo validar el certificado del dominio que firmó la solicitud.
sip-438 = Firma Identity no válida
    .short = Firma no válida
    .description = No se pudo verificar la firma de la cabecera Identity.
sip-439 = 1.er salto sin Outbound
    .short = Sin Outbound
    .description = El registrador admite el mecanismo Outbound, pero el primer proxy de la ruta no.
sip-440 = Max-Breadth superado
    .short = Max-Breadth
    .description = Un proxy no pudo bifurcar más la solicitud porque su Max-Breadth se había agotado.
sip-469 = Paquete INFO no válido
    .short = INFO no válido
    .description = La solicitud INFO usó un paquete de información que el receptor no ha aceptado.
sip-470 = Falta consentimiento
    .short = Falta consentim.
    .description = El remitente no obtuvo el consentimiento del destinatario para esta solicitud.
sip-480 = No disponible
    .description = Se localizó al destinatario, pero no está disponible en este momento, por ejemplo porque no ha iniciado sesión o tiene activado No molestar.
sip-481 = Llamada inexistente
    .short = No hay llamada
    .description = La solicitud no corresponde a ninguna llamada ni transacción existente.
sip-482 = Bucle detectado
    .description = El servidor detectó un bucle de enrutamiento.
sip-483 = Demasiados saltos
    .short = Muchos saltos
    .description = La solicitud pasó por más saltos de los que permite Max-Forwards.
sip-484 = Número incompleto
    .short = Núm. incompleto
    .description = El número o la dirección marcados están incompletos.
sip-485 = Dirección ambigua
    .short = Dir. ambigua
    .description = La dirección marcada es ambigua y corresponde a más de un usuario.
sip-486 = Ocupado
    .description = Se localizó al destinatario, pero su línea está ocupada y ahora no puede atender otra llamada.
sip-487 = Llamada cancelada
    .short = Cancelada
    .description = El llamante canceló la llamada antes de que fuera contestada.
sip-488 = Medios incompatibles
    .short = Medios incompat.
    .description = Alguna parte de la sesión ofrecida, como el códec o el tipo de medio, es incompatible con el terminal llamado.
sip-489 = Evento no válido
    .description = El servidor no entiende el paquete de eventos indicado en la solicitud.
sip-491 = Solicitud pendiente
    .short = Pendiente
    .description = Todavía hay otra solicitud pendiente en el mismo diálogo.
sip-493 = Indescifrable
    .description = La solicitud contiene un cuerpo cifrado que el destinatario no puede descifrar.
sip-494 = Sin acuerdo de seguridad
    .short = Acuerdo de seg.
    .description = El servidor exige negociar un mecanismo de seguridad antes de aceptar la solicitud.

## 5xx: error del servidor

sip-500 = Error interno servidor
    .short = Error interno
    .description = El servidor encontró una condición inesperada que le impidió atender la solicitud.
sip-501 = No implementado
    .description = El servidor no admite la función necesaria para esta solicitud, como su método.
sip-502 = Error de pasarela
    .short = Error pasarela
    .description = Una pasarela o un proxy recibió una respuesta no válida del siguiente servidor.
sip-503 = Servicio no disponible
    .short = Serv. no disp.
    .description = El servidor está temporalmente sobrecargado o en mantenimiento.
sip-504 = Servidor: tiempo agotado
    .short = Timeout servidor
    .description = El servidor no recibió a tiempo la respuesta de otro servidor que necesitaba.
sip-505 = Versión no admitida
    .short = Versión inválida
    .description = El servidor no admite la versión de SIP de la solicitud.
sip-513 = Mensaje demasiado grande
    .short = Mensaje excesivo
    .description = El mensaje de la solicitud es más grande de lo que el servidor puede procesar.
sip-555 = Sin servicio push
    .short = Sin push
    .description = El servidor no admite el servicio de notificaciones push indicado en la solicitud.
sip-580 = Precondición no cumplida
    .short = Fallo precond.
    .description = El servidor no puede cumplir las precondiciones requeridas para la sesión.

## 6xx: error global

sip-600 = Usuario ocupado
    .description = El usuario llamado está ocupado y ningún otro destino, como el buzón de voz, puede atender la llamada.
sip-603 = Llamada rechazada
    .short = Rechazada
    .description = El destinatario rechazó la llamada y ningún otro destino puede atenderla.
sip-604 = Número inexistente
    .short = Inexistente
    .description = El número o usuario llamado no existe en ninguna parte.
sip-606 = Sesión no aceptable
    .short = Sesión denegada
    .description = Se localizó al destinatario, pero algún aspecto de la sesión ofrecida no se acepta en ningún destino.
sip-607 = Llamada no deseada
    .short = No deseada
    .description = El destinatario marcó a este llamante como no deseado; es probable que también se rechacen sus próximas llamadas.
sip-608 = Bloqueada por la red
    .short = Bloqueada (red)
    .description = Un intermediario (la red o el operador, por ejemplo un filtro antispam), no el destinatario, bloqueó la llamada.

## 7xx: no estándar

sip-701 = El interlocutor colgó
    .short = Interloc. colgó
    .description = La otra parte colgó; es un código interno de una pila SIP, fuera del estándar.
