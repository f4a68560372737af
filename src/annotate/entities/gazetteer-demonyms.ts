/**
 * Dutch nationality adjectives and inhabitant names (Kroniek, Apache-2.0), written by hand from
 * Dutch usage (Taalunie's list of country names and their adjectives is the model). One row per
 * place: `place | adjective | inhabitant | inhabitants | female inhabitant`, `-` for none. The
 * inflected adjective is made by rule (`inflectAdjective`: Pools -> Poolse, Chinees -> Chinese);
 * a female inhabitant is only written where it is not the inflected adjective (Russin).
 */
export const DEMONYMS = `
Nederland | Nederlands | Nederlander | Nederlanders | -
België | Belgisch | Belg | Belgen | -
Vlaanderen | Vlaams | Vlaming | Vlamingen | -
Wallonië | Waals | Waal | Walen | -
Brussel | Brussels | Brusselaar | Brusselaars | -
Friesland | Fries | Fries | Friezen | -
Limburg | Limburgs | Limburger | Limburgers | -
Brabant | Brabants | Brabander | Brabanders | -
Holland | Hollands | Hollander | Hollanders | -
Zeeland | Zeeuws | Zeeuw | Zeeuwen | -
Antwerpen | Antwerps | Antwerpenaar | Antwerpenaren | -
Gent | Gents | Gentenaar | Gentenaars | -
Amsterdam | Amsterdams | Amsterdammer | Amsterdammers | -
Rotterdam | Rotterdams | Rotterdammer | Rotterdammers | -
Den Haag | Haags | Hagenaar | Hagenaars | -
Luxemburg | Luxemburgs | Luxemburger | Luxemburgers | -
Duitsland | Duits | Duitser | Duitsers | -
Frankrijk | Frans | Fransman | Fransen | Française
Engeland | Engels | Engelsman | Engelsen | -
Verenigd Koninkrijk | Brits | Brit | Britten | -
Schotland | Schots | Schot | Schotten | -
Wales | Welsh | Welshman | Welshmen | -
Ierland | Iers | Ier | Ieren | -
Spanje | Spaans | Spanjaard | Spanjaarden | -
Catalonië | Catalaans | Catalaan | Catalanen | -
Baskenland | Baskisch | Bask | Basken | -
Portugal | Portugees | Portugees | Portugezen | -
Italië | Italiaans | Italiaan | Italianen | -
Griekenland | Grieks | Griek | Grieken | -
Oostenrijk | Oostenrijks | Oostenrijker | Oostenrijkers | -
Zwitserland | Zwitsers | Zwitser | Zwitsers | -
Denemarken | Deens | Deen | Denen | -
Noorwegen | Noors | Noor | Noren | -
Zweden | Zweeds | Zweed | Zweden | -
Finland | Fins | Fin | Finnen | -
IJsland | IJslands | IJslander | IJslanders | -
Polen | Pools | Pool | Polen | -
Tsjechië | Tsjechisch | Tsjech | Tsjechen | -
Slowakije | Slowaaks | Slowaak | Slowaken | -
Hongarije | Hongaars | Hongaar | Hongaren | -
Roemenië | Roemeens | Roemeen | Roemenen | -
Bulgarije | Bulgaars | Bulgaar | Bulgaren | -
Servië | Servisch | Serviër | Serviërs | -
Kroatië | Kroatisch | Kroaat | Kroaten | -
Slovenië | Sloveens | Sloveen | Slovenen | -
Bosnië | Bosnisch | Bosniër | Bosniërs | -
Montenegro | Montenegrijns | Montenegrijn | Montenegrijnen | -
Albanië | Albanees | Albanees | Albanezen | -
Kosovo | Kosovaars | Kosovaar | Kosovaren | -
Macedonië | Macedonisch | Macedoniër | Macedoniërs | -
Joegoslavië | Joegoslavisch | Joegoslaaf | Joegoslaven | -
Rusland | Russisch | Rus | Russen | Russin
Wit-Rusland | Wit-Russisch | Wit-Rus | Wit-Russen | Wit-Russin
Belarus | Belarussisch | Belarus | Belarussen | -
Oekraïne | Oekraïens | Oekraïner | Oekraïners | -
Moldavië | Moldavisch | Moldaviër | Moldaviërs | -
Litouwen | Litouws | Litouwer | Litouwers | -
Letland | Lets | Let | Letten | -
Estland | Estisch | Est | Esten | -
Georgië | Georgisch | Georgiër | Georgiërs | -
Armenië | Armeens | Armeniër | Armeniërs | -
Azerbeidzjan | Azerbeidzjaans | Azerbeidzjaan | Azerbeidzjanen | -
Tsjetsjenië | Tsjetsjeens | Tsjetsjeen | Tsjetsjenen | -
Kazachstan | Kazachs | Kazach | Kazachen | -
Oezbekistan | Oezbeeks | Oezbeek | Oezbeken | -
Turkije | Turks | Turk | Turken | -
Koerdistan | Koerdisch | Koerd | Koerden | -
Cyprus | Cypriotisch | Cyprioot | Cyprioten | -
Malta | Maltees | Maltees | Maltezen | -
Israël | Israëlisch | Israëliër | Israëliërs | -
Palestina | Palestijns | Palestijn | Palestijnen | -
Libanon | Libanees | Libanees | Libanezen | -
Syrië | Syrisch | Syriër | Syriërs | -
Jordanië | Jordaans | Jordaniër | Jordaniërs | -
Irak | Iraaks | Irakees | Irakezen | -
Iran | Iraans | Iraniër | Iraniërs | -
Perzië | Perzisch | Pers | Perzen | -
Saudi-Arabië | Saudisch | Saudiër | Saudiërs | -
Arabië | Arabisch | Arabier | Arabieren | -
Jemen | Jemenitisch | Jemeniet | Jemenieten | -
Koeweit | Koeweits | Koeweiti | Koeweiti's | -
Qatar | Qatarees | Qatarees | Qatarezen | -
Egypte | Egyptisch | Egyptenaar | Egyptenaren | -
Libië | Libisch | Libiër | Libiërs | -
Tunesië | Tunesisch | Tunesiër | Tunesiërs | -
Algerije | Algerijns | Algerijn | Algerijnen | -
Marokko | Marokkaans | Marokkaan | Marokkanen | -
Soedan | Soedanees | Soedanees | Soedanezen | -
Ethiopië | Ethiopisch | Ethiopiër | Ethiopiërs | -
Eritrea | Eritrees | Eritreeër | Eritreeërs | -
Somalië | Somalisch | Somaliër | Somaliërs | -
Kenia | Keniaans | Keniaan | Kenianen | -
Oeganda | Oegandees | Oegandees | Oegandezen | -
Rwanda | Rwandees | Rwandees | Rwandezen | -
Burundi | Burundees | Burundees | Burundezen | -
Congo | Congolees | Congolees | Congolezen | -
Zaïre | Zaïrees | Zaïrees | Zaïrezen | -
Angola | Angolees | Angolees | Angolezen | -
Nigeria | Nigeriaans | Nigeriaan | Nigerianen | -
Ghana | Ghanees | Ghanees | Ghanezen | -
Senegal | Senegalees | Senegalees | Senegalezen | -
Mali | Malinees | Malinees | Malinezen | -
Kameroen | Kameroens | Kameroener | Kameroeners | -
Ivoorkust | Ivoriaans | Ivoriaan | Ivorianen | -
Zuid-Afrika | Zuid-Afrikaans | Zuid-Afrikaan | Zuid-Afrikanen | -
Zimbabwe | Zimbabwaans | Zimbabwaan | Zimbabwanen | -
Mozambique | Mozambikaans | Mozambikaan | Mozambikanen | -
Verenigde Staten | Amerikaans | Amerikaan | Amerikanen | -
Canada | Canadees | Canadees | Canadezen | -
Mexico | Mexicaans | Mexicaan | Mexicanen | -
Cuba | Cubaans | Cubaan | Cubanen | -
Brazilië | Braziliaans | Braziliaan | Brazilianen | -
Argentinië | Argentijns | Argentijn | Argentijnen | -
Chili | Chileens | Chileen | Chilenen | -
Colombia | Colombiaans | Colombiaan | Colombianen | -
Venezuela | Venezolaans | Venezolaan | Venezolanen | -
Peru | Peruaans | Peruaan | Peruanen | -
Bolivia | Boliviaans | Boliviaan | Bolivianen | -
Ecuador | Ecuadoraans | Ecuadoraan | Ecuadoranen | -
Uruguay | Uruguayaans | Uruguayaan | Uruguayanen | -
Paraguay | Paraguayaans | Paraguayaan | Paraguayanen | -
Suriname | Surinaams | Surinamer | Surinamers | -
Antillen | Antilliaans | Antilliaan | Antillianen | -
Aruba | Arubaans | Arubaan | Arubanen | -
Curaçao | Curaçaos | Curaçaoënaar | Curaçaoënaars | -
Haïti | Haïtiaans | Haïtiaan | Haïtianen | -
China | Chinees | Chinees | Chinezen | -
Taiwan | Taiwanees | Taiwanees | Taiwanezen | -
Japan | Japans | Japanner | Japanners | -
Korea | Koreaans | Koreaan | Koreanen | -
Noord-Korea | Noord-Koreaans | Noord-Koreaan | Noord-Koreanen | -
Zuid-Korea | Zuid-Koreaans | Zuid-Koreaan | Zuid-Koreanen | -
Mongolië | Mongools | Mongool | Mongolen | -
Vietnam | Vietnamees | Vietnamees | Vietnamezen | -
Thailand | Thais | Thai | Thai | -
Cambodja | Cambodjaans | Cambodjaan | Cambodjanen | -
Laos | Laotiaans | Laotiaan | Laotianen | -
Myanmar | Myanmarees | Myanmarees | Myanmarezen | -
Birma | Birmaans | Birmaan | Birmanen | -
Maleisië | Maleisisch | Maleisiër | Maleisiërs | -
Indonesië | Indonesisch | Indonesiër | Indonesiërs | -
Filipijnen | Filipijns | Filipijn | Filipijnen | -
India | Indiaas | Indiër | Indiërs | -
Pakistan | Pakistaans | Pakistaan | Pakistanen | -
Bangladesh | Bengaals | Bengaal | Bengalen | -
Sri Lanka | Sri Lankaans | Sri Lankaan | Sri Lankanen | -
Nepal | Nepalees | Nepalees | Nepalezen | -
Afghanistan | Afghaans | Afghaan | Afghanen | -
Tibet | Tibetaans | Tibetaan | Tibetanen | -
Australië | Australisch | Australiër | Australiërs | -
Nieuw-Zeeland | Nieuw-Zeelands | Nieuw-Zeelander | Nieuw-Zeelanders | -
Europa | Europees | Europeaan | Europeanen | -
Azië | Aziatisch | Aziaat | Aziaten | -
Afrika | Afrikaans | Afrikaan | Afrikanen | -
Amerika | Amerikaans | Amerikaan | Amerikanen | -
Latijns-Amerika | Latijns-Amerikaans | Latijns-Amerikaan | Latijns-Amerikanen | -
Scandinavië | Scandinavisch | Scandinaviër | Scandinaviërs | -
Oost-Europa | Oost-Europees | Oost-Europeaan | Oost-Europeanen | -
West-Europa | West-Europees | West-Europeaan | West-Europeanen | -
Kaukasus | Kaukasisch | - | - | -
Baltische staten | Baltisch | - | - | -
Sovjet-Unie | Sovjet | - | - | -
Romeinse Rijk | Romeins | Romein | Romeinen | -
Byzantium | Byzantijns | - | - | -
Ottomaanse Rijk | Ottomaans | - | - | -
- | Joods | Jood | Joden | Jodin
- | Arabisch | Arabier | Arabieren | -
- | Germaans | Germaan | Germanen | -
- | Slavisch | Slaaf | Slaven | -
- | Keltisch | Kelt | Kelten | -
- | Angelsaksisch | Angelsaks | Angelsaksen | -
- | Latijns | - | - | -
- | Anglo-Amerikaans | - | - | -
- | Frans-Duits | - | - | -
- | Belgisch-Nederlands | - | - | -
- | Europees-Amerikaans | - | - | -
- | Russisch-Oekraïens | - | - | -
- | Israëlisch-Palestijns | - | - | -
`;

/** Languages (and dialects) that CLDR's two-letter codes leave out or name differently. */
export const EXTRA_LANGUAGES = `
Vlaams; West-Vlaams; Oost-Vlaams; Limburgs; Brabants; Fries; Zeeuws; Nedersaksisch; Gronings; Twents; Waals; Afrikaans; Papiaments; Sranantongo; Sranan; Jiddisch; Latijn; Oudgrieks; Hebreeuws; Berbers; Tamazight; Esperanto; Amerikaans-Engels; Brits-Engels; Nederduits; Hoogduits; Zwitserduits; Kantonees; Mandarijn; Hindi; Urdu; Swahili; Koerdisch; Tsjetsjeens; Gebarentaal; Vlaamse Gebarentaal; Nederlandse Gebarentaal
`;
