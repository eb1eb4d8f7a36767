# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), suomi.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Yhteensopimaton verkkoprotokolla
warning-301 = Yhteensopimaton verkko-osoitemuoto
warning-302 = Yhteensopimaton siirtoprotokolla
warning-303 = Yhteensopimaton kaistanleveyden yksikkö
warning-304 = Mediatyyppi ei käytettävissä
warning-305 = Yhteensopimaton mediamuoto
warning-306 = Attribuuttia ei tunnistettu
warning-307 = SDP-parametria ei tunnistettu
warning-308 = Yhteensopimaton kielimääritys
warning-330 = Multicast ei käytettävissä
warning-331 = Unicast ei käytettävissä
warning-370 = Riittämätön kaistanleveys
warning-380 = SIPS ei sallittu
warning-381 = SIPS vaaditaan
warning-399 = Muu varoitus
