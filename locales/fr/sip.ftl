# sipstatus : libellés des réponses SIP, français.
# Courts, comme sur l'afficheur d'un poste fixe ou d'un autocommutateur (PABX) :
# 24 colonnes au plus, et une forme .short de 16 colonnes pour les écrans 2x16.

## Classes de réponses

class-provisional = Réponse provisoire
    .short = Provisoire
class-success = Succès
class-redirection = Redirection
class-client-failure = Erreur de requête
    .short = Erreur requête
class-server-failure = Erreur serveur
class-global-failure = Échec global

## 1xx : réponses provisoires

sip-100 = Traitement en cours
    .short = Traitement
    .description = La requête a été reçue et est en cours de traitement, par exemple pendant qu'un proxy recherche l'appelé.
sip-180 = Sonnerie
    .description = Le terminal de l'appelé a reçu l'appel et le fait sonner.
sip-181 = Renvoi d'appel en cours
    .short = Renvoi d'appel
    .description = L'appel est renvoyé vers une autre destination.
sip-182 = En file d'attente
    .short = File d'attente
    .description = L'appelé n'est pas disponible pour le moment ; l'appel est mis en file d'attente jusqu'à ce qu'il le soit.
sip-183 = Établissement en cours
    .short = Établissement
    .description = L'appel est en cours d'établissement et des informations préalables, comme la tonalité de retour d'appel ou une annonce, sont déjà disponibles.
sip-199 = Dialogue précoce terminé
    .short = Dialogue terminé
    .description = Un dialogue précoce créé pour cet appel a pris fin avant que l'appel ne soit décroché.

## 2xx : succès

sip-200 = OK
    .description = La requête a abouti.
sip-202 = Accepté
    .description = La requête a été acceptée pour traitement mais n'est pas encore terminée ; obsolète depuis la RFC 6665.
sip-204 = Aucune notification
    .short = Aucune notif.
    .description = L'abonnement a bien été renouvelé, mais aucune notification ne sera envoyée à ce sujet.

## 3xx : redirection

sip-300 = Choix multiples
    .description = L'adresse correspond à plusieurs destinations, indiquées dans la réponse, parmi lesquelles l'appelant peut choisir.
sip-301 = Déplacé définitivement
    .short = Déplacé défin.
    .description = L'appelé n'est plus joignable à cette adresse et se trouve désormais à l'adresse indiquée dans la réponse.
sip-302 = Déplacé temporairement
    .short = Déplacé temp.
    .description = L'appelé est temporairement joignable à l'adresse indiquée dans la réponse.
sip-305 = Utiliser le proxy
    .short = Utiliser proxy
    .description = L'appelé doit être joint via le proxy indiqué dans la réponse.
sip-380 = Service alternatif
    .short = Autre service
    .description = L'appel a échoué, mais la réponse décrit d'autres services possibles.

## 4xx : erreur de requête

sip-400 = Requête invalide
    .description = La requête n'a pas pu être comprise car sa syntaxe est incorrecte.
sip-401 = Authentification requise
    .short = Auth. requise
    .description = La requête exige que l'utilisateur s'authentifie auprès de l'appelé ou du serveur d'enregistrement.
sip-402 = Paiement requis
    .description = Réservé pour un usage futur.
sip-403 = Interdit
    .description = Le serveur a compris la requête mais refuse de l'exécuter.
sip-404 = Introuvable
    .description = L'utilisateur appelé est introuvable dans le domaine indiqué dans la requête.
sip-405 = Méthode non autorisée
    .short = Méth. interdite
    .description = La méthode de la requête est connue mais n'est pas autorisée pour cette adresse.
sip-406 = Contenu non accepté
    .short = Contenu refusé
    .description = L'appelé ne peut répondre qu'avec un contenu que la requête déclare ne pas accepter.
sip-407 = Authentification proxy
    .short = Auth. proxy
    .description = L'appelant doit d'abord s'authentifier auprès du proxy.
sip-408 = Délai dépassé
    .description = Le serveur n'a pas pu répondre à temps, par exemple parce que l'appelé n'a pas pu être localisé.
sip-409 = Conflit
    .description = La requête est en conflit avec l'état actuel, par exemple un utilisateur déjà enregistré ; n'existe que dans la RFC 2543, obsolète.
sip-410 = N'existe plus
    .description = L'utilisateur a existé mais n'est plus joignable ici, et aucune adresse de renvoi n'est connue.
sip-411 = Longueur requise
    .description = Le serveur refuse la requête sans Content-Length valide ; n'existe que dans la RFC 2543, obsolète.
sip-412 = Condition non remplie
    .short = Échec condition
    .description = Une condition préalable de la requête, comme l'étiquette d'entité d'une publication, n'était pas remplie.
sip-413 = Requête trop volumineuse
    .short = Req. volumineuse
    .description = Le corps de la requête dépasse la taille que le serveur accepte de traiter.
sip-414 = Request-URI trop longue
    .short = URI trop longue
    .description = L'URI de la requête est plus longue que ce que le serveur accepte d'interpréter.
sip-415 = Format non supporté
    .short = Format non géré
    .description = Le corps de la requête est dans un format que le serveur ne prend pas en charge.
sip-416 = Schéma d'URI inconnu
    .short = Schéma inconnu
    .description = Le serveur ne connaît pas le schéma de l'URI de la requête.
sip-417 = Priorité inconnue
    .short = Prio. inconnue
    .description = La requête demande une priorité de ressource que le serveur ne comprend pas.
sip-420 = Option SIP non supportée
    .short = Option inconnue
    .description = La requête nécessite une extension du protocole SIP que le serveur ne prend pas en charge.
sip-421 = Option SIP requise
    .short = Option requise
    .description = Le serveur a besoin d'une extension du protocole SIP que la requête n'a pas déclarée comme prise en charge.
sip-422 = Intervalle trop court
    .short = Intervalle court
    .description = L'intervalle de rafraîchissement de session (Session-Expires) demandé est plus court que ce que le serveur autorise.
sip-423 = Validité trop courte
    .short = Validité courte
    .description = La durée de validité demandée, par exemple celle d'un enregistrement, est trop courte.
sip-424 = Localisation invalide
    .short = Lieu invalide
    .description = Les informations de localisation de la requête étaient mal formées ou insuffisantes.
sip-425 = Alerte invalide
    .description = Une alerte d'urgence non interactive a été refusée car elle était mal formée.
sip-428 = En-tête Identity requis
    .short = Identity requis
    .description = La politique du serveur exige un en-tête Identity, absent de la requête.
sip-429 = Référent non identifié
    .short = Référent inconnu
    .description = La requête ne contenait pas de jeton Referred-By valide.
sip-430 = Échec du flux
    .description = Un flux de connexion particulier vers le terminal a échoué, même si d'autres peuvent encore fonctionner.
sip-433 = Appel anonyme refusé
    .short = Anonyme refusé
    .description = La requête a été refusée parce qu'elle était anonyme.
sip-436 = Info d'identité invalide
    .short = Ident. invalide
    .description = Les informations d'identité de l'appelant (Identity-Info) sont inutilisables, par exemple parce que leur certificat n'a pas pu être récupéré.
sip-437 = Certificat non supporté
    .short = Certif. non géré
    .description = Le serveur n'a pas pu valider le certificat du domaine qui a signé la requête.
sip-438 = En-tête Identity erroné
    .short = Identity erroné
    .description = La signature de l'en-tête Identity n'a pas pu être vérifiée.
sip-439 = 1er saut sans Outbound
    .short = Pas d'Outbound
    .description = Le serveur d'enregistrement prend en charge l'extension Outbound, mais pas le premier proxy du chemin.
sip-440 = Max-Breadth dépassé
    .short = Max-Breadth
    .description = Un proxy n'a pas pu ramifier davantage la requête car son Max-Breadth était épuisé.
sip-469 = Paquet INFO invalide
    .short = INFO invalide
    .description = La requête INFO utilise un paquet d'informations que le destinataire n'a pas accepté.
sip-470 = Consentement requis
    .short = Consent. requis
    .description = L'expéditeur n'a pas obtenu le consentement du destinataire pour cette requête.
sip-480 = Indisponible
    .description = L'appelé a été joint mais est indisponible pour le moment, par exemple parce qu'il n'est pas connecté ou en mode Ne pas déranger.
sip-481 = Appel inexistant
    .description = La requête ne correspond à aucun appel ni aucune transaction en cours.
sip-482 = Boucle détectée
    .description = Le serveur a détecté une boucle de routage.
sip-483 = Trop de sauts
    .description = La requête a traversé plus de sauts que Max-Forwards ne le permet.
sip-484 = Numéro incomplet
    .description = Le numéro ou l'adresse composé est incomplet.
sip-485 = Adresse ambiguë
    .description = L'adresse composée est ambiguë et correspond à plusieurs utilisateurs.
sip-486 = Occupé
    .description = L'appelé a été joint, mais son poste est occupé et ne peut pas prendre d'autre appel pour le moment.
sip-487 = Appel annulé
    .description = L'appelant a annulé l'appel avant qu'il ne soit décroché.
sip-488 = Média incompatible
    .short = Média incompat.
    .description = Une partie de la session proposée, comme le codec ou le type de média, est incompatible avec le terminal appelé.
sip-489 = Événement invalide
    .short = Évt invalide
    .description = Le serveur ne comprend pas le paquet d'événements indiqué dans la requête.
sip-491 = Requête en attente
    .short = Req. en attente
    .description = Une autre requête est encore en attente dans le même dialogue.
sip-493 = Indéchiffrable
    .description = La requête contient un corps chiffré que le destinataire ne peut pas déchiffrer.
sip-494 = Sans accord de sécurité
    .short = Sécurité requise
    .description = Le serveur exige la négociation d'un mécanisme de sécurité avant d'accepter la requête.

## 5xx : erreur serveur

sip-500 = Erreur interne serveur
    .short = Erreur interne
    .description = Le serveur a rencontré une condition inattendue qui l'a empêché d'exécuter la requête.
sip-501 = Non implémenté
    .description = Le serveur ne prend pas en charge la fonction nécessaire à cette requête, par exemple sa méthode.
sip-502 = Erreur de passerelle
    .short = Err. passerelle
    .description = Une passerelle ou un proxy a reçu une réponse invalide du serveur suivant.
sip-503 = Service indisponible
    .short = Service indispo.
    .description = Le serveur est temporairement surchargé ou en maintenance.
sip-504 = Délai serveur dépassé
    .short = Délai serveur
    .description = Le serveur n'a pas reçu à temps la réponse d'un autre serveur dont il avait besoin.
sip-505 = Version non supportée
    .short = Version invalide
    .description = Le serveur ne prend pas en charge la version SIP de la requête.
sip-513 = Message trop volumineux
    .short = Msg trop long
    .description = Le message de la requête est plus volumineux que ce que le serveur peut traiter.
sip-555 = Service push non géré
    .short = Push non géré
    .description = Le serveur ne prend pas en charge le service de notification push indiqué dans la requête.
sip-580 = Précondition non remplie
    .short = Échec précond.
    .description = Le serveur ne peut pas satisfaire les préconditions requises pour la session.

## 6xx : échec global

sip-600 = Usager occupé
    .description = L'usager appelé est occupé et aucune autre destination, comme une messagerie vocale, ne peut prendre l'appel.
sip-603 = Appel refusé
    .description = L'appelé a refusé l'appel et aucune autre destination ne peut le prendre.
sip-604 = Numéro non attribué
    .short = Non attribué
    .description = Le numéro ou l'utilisateur appelé n'existe nulle part : il n'est attribué à personne.
sip-606 = Session non acceptée
    .short = Session refusée
    .description = L'appelé a été joint, mais un aspect de la session proposée n'est accepté nulle part.
sip-607 = Appel indésirable
    .short = Indésirable
    .description = L'appelé a signalé cet appelant comme indésirable ; ses prochains appels seront probablement refusés aussi.
sip-608 = Bloqué par le réseau
    .short = Bloqué (réseau)
    .description = Un intermédiaire (le réseau ou l'opérateur, par exemple un filtrage anti-spam), et non l'appelé, a bloqué l'appel.

## 7xx : hors norme

sip-701 = Corresp. a raccroché
    .short = Raccroché
    .description = Le correspondant a raccroché ; code interne d'une pile SIP, hors de la norme.
