# sipstatus : causes de libération UIT-T Q.850 (RNIS/ISUP), français.
# Termes usuels du RNIS (Numéris) ; les mentions « usage national » sont omises.

## Classes de causes

q850-class-normal-event = Événement normal
q850-class-resource-unavailable = Ressource indisponible
q850-class-service-not-available = Service ou option indisponible
q850-class-service-not-implemented = Service ou option non mis en œuvre
q850-class-invalid-message = Message non valide
q850-class-protocol-error = Erreur de protocole
q850-class-interworking = Interfonctionnement

## Causes

q850-1 = Numéro non attribué
q850-2 = Pas d'acheminement vers le réseau de transit spécifié
q850-3 = Pas d'acheminement vers la destination
q850-4 = Envoi de la tonalité d'information spéciale
q850-5 = Préfixe interurbain erroné
q850-6 = Canal inacceptable
q850-7 = Appel attribué et acheminé sur un canal établi
q850-8 = Préemption
q850-9 = Préemption, circuit réservé pour réutilisation
q850-14 = QoR : numéro porté
q850-16 = Libération normale
q850-17 = Usager occupé
q850-18 = Pas de réponse de l'usager
q850-19 = Pas de réponse (usager prévenu)
q850-20 = Abonné absent
q850-21 = Appel refusé
q850-22 = Numéro changé
q850-23 = Réacheminement vers une nouvelle destination
q850-24 = Appel refusé par un service complémentaire à destination
q850-25 = Erreur d'acheminement du central
q850-26 = Libération d'un usager non sélectionné
q850-27 = Destination hors service
q850-28 = Format de numéro non valide (numéro incomplet)
q850-29 = Service complémentaire rejeté
q850-30 = Réponse à STATUS ENQUIRY
q850-31 = Normal, non spécifié
q850-34 = Aucun circuit/canal disponible
q850-38 = Réseau hors service
q850-39 = Connexion permanente en mode trame hors service
q850-40 = Connexion permanente en mode trame opérationnelle
q850-41 = Défaillance temporaire
q850-42 = Encombrement de l'équipement de commutation
q850-43 = Informations d'accès rejetées
q850-44 = Circuit/canal demandé indisponible
q850-46 = Appel prioritaire bloqué
q850-47 = Ressource indisponible, non spécifiée
q850-49 = Qualité de service indisponible
q850-50 = Service complémentaire non souscrit
q850-53 = Appels sortants interdits dans le GFU
q850-55 = Appels entrants interdits dans le GFU
q850-57 = Capacité support non autorisée
q850-58 = Capacité support momentanément indisponible
q850-62 = Incohérence entre accès sortant désigné et catégorie d'abonné
q850-63 = Service ou option indisponible, non spécifié
q850-65 = Capacité support non mise en œuvre
q850-66 = Type de canal non mis en œuvre
q850-69 = Service complémentaire non mis en œuvre
q850-70 = Seule la capacité support numérique restreinte est disponible
q850-79 = Service ou option non mis en œuvre, non spécifié
q850-81 = Valeur de référence d'appel non valide
q850-82 = Le canal identifié n'existe pas
q850-83 = Un appel suspendu existe, mais pas cette identité d'appel
q850-84 = Identité d'appel déjà utilisée
q850-85 = Aucun appel suspendu
q850-86 = L'appel ayant l'identité demandée a été libéré
q850-87 = Usager non membre du GFU
q850-88 = Destination incompatible
q850-90 = GFU inexistant
q850-91 = Sélection de réseau de transit non valide
q850-95 = Message non valide, non spécifié
q850-96 = Élément d'information obligatoire manquant
q850-97 = Type de message inexistant ou non mis en œuvre
q850-98 = Message incompatible avec l'état de l'appel, ou type de message inexistant ou non mis en œuvre
q850-99 = Élément d'information/paramètre inexistant ou non mis en œuvre
q850-100 = Contenu d'élément d'information non valide
q850-101 = Message incompatible avec l'état de l'appel
q850-102 = Reprise sur expiration de temporisation
q850-103 = Paramètre inexistant ou non mis en œuvre, transmis
q850-110 = Message avec paramètre non reconnu, rejeté
q850-111 = Erreur de protocole, non spécifiée
q850-127 = Interfonctionnement, non spécifié
