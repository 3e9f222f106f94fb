//! Help lines by region, kept in the app so nothing is ever fetched: for
//! each region a crisis (suicide) line, a domestic-abuse line where one was
//! confirmed, and the emergency number, each with the public page it was
//! confirmed on. Built from `docs/research/helplines.json` (gathered with the
//! search tool on 2026-12-01; every row there quotes its page). A region is
//! left out rather than guessed; README lists every number for a human check
//! before release.
//!
//! `tel` is the number as dialled inside the region (digits only): short
//! codes and freephone numbers often can't be reached from abroad.

/// What a line is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// Suicide and crisis support.
    Crisis,
    /// Domestic abuse, violence and control.
    Abuse,
    /// Police, ambulance, fire.
    Emergency,
}

/// One service and how to reach it.
#[derive(Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub service: &'static str,
    /// The number as it is written in the region.
    pub shown: &'static str,
    /// Digits to dial, for a `tel:` link.
    pub tel: &'static str,
    /// "24/7", other opening hours, or "" when not confirmed.
    pub hours: &'static str,
    /// The public page the number was confirmed on.
    pub source: &'static str,
}

/// A region and its lines, most important first within each kind.
#[derive(Debug, PartialEq, Eq)]
pub struct Region {
    /// ISO 3166-1 alpha-2, as in a language tag (`en-GB`).
    pub code: &'static str,
    pub name: &'static str,
    pub lines: &'static [Line],
}

impl Region {
    pub fn of_kind(&self, kind: LineKind) -> impl Iterator<Item = &'static Line> {
        self.lines.iter().filter(move |l| l.kind == kind)
    }

    /// The main emergency number.
    pub fn emergency(&self) -> Option<&'static Line> {
        self.of_kind(LineKind::Emergency).next()
    }
}

const fn line(kind: LineKind, service: &'static str, shown: &'static str, tel: &'static str, hours: &'static str, source: &'static str) -> Line {
    Line { kind, service, shown, tel, hours, source }
}

use LineKind::{Abuse, Crisis, Emergency};

/// Every region with lines, in the order offered in Settings.
pub static REGIONS: &[Region] = &[
    Region {
        code: "US",
        name: "United States",
        lines: &[
            line(
                Crisis,
                "988 Suicide & Crisis Lifeline",
                "988",
                "988",
                "24/7",
                "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
            ),
            line(
                Abuse,
                "National Domestic Violence Hotline",
                "1-800-799-7233 (800-799-SAFE)",
                "18007997233",
                "24/7",
                "https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts",
            ),
            line(
                Emergency,
                "Emergency services",
                "911",
                "911",
                "24/7",
                "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
            ),
        ],
    },
    Region {
        code: "CA",
        name: "Canada",
        lines: &[
            line(
                Crisis,
                "9-8-8: Suicide Crisis Helpline",
                "9-8-8",
                "988",
                "24/7",
                "https://www.newswire.ca/news-releases/statement-from-the-minister-of-mental-health-and-addictions-and-associate-minister-of-health-9-8-8-suicide-crisis-helpline-marks-one-year-of-service-877749062.html",
            ),
            line(
                Emergency,
                "Emergency services",
                "9-1-1",
                "911",
                "24/7",
                "https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html",
            ),
        ],
    },
    Region {
        code: "GB",
        name: "United Kingdom",
        lines: &[
            line(
                Crisis,
                "Samaritans",
                "116 123",
                "116123",
                "24/7",
                "https://www.samaritans.org/how-we-can-help/contact-samaritan/?gclid=EAIaIQobChMI777OrbDD9gIVDuztCh0UkQOMEAAYASAAEgK3hfD_BwE",
            ),
            line(
                Abuse,
                "National Domestic Abuse Helpline (Refuge)",
                "0808 2000 247",
                "08082000247",
                "24/7",
                "https://www.refuge.org.uk/category/news/",
            ),
            line(
                Emergency,
                "Emergency services",
                "999",
                "999",
                "24/7",
                "http://www.dorset.police.uk/Default.aspx?page=728",
            ),
            line(
                Emergency,
                "Emergency services (EU number, also works in UK)",
                "112",
                "112",
                "24/7",
                "https://www.devon-cornwall.police.uk/youth/8-10/phoning-999/",
            ),
        ],
    },
    Region {
        code: "IE",
        name: "Ireland",
        lines: &[
            line(
                Crisis,
                "Samaritans Ireland",
                "116 123",
                "116123",
                "24/7",
                "https://www.irishhealthpro.com/content/news/show/name/big-jump-in-calls-to-samaritans-since-2014",
            ),
            line(
                Abuse,
                "Women's Aid 24hr National Freephone Helpline",
                "1800 341 900",
                "1800341900",
                "24/7",
                "https://irishcentral.com/news/womens-aid-domestic-violence-helpline",
            ),
            line(
                Emergency,
                "Emergency services",
                "112",
                "112",
                "24/7",
                "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
            ),
            line(
                Emergency,
                "Emergency services",
                "999",
                "999",
                "24/7",
                "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
            ),
        ],
    },
    Region {
        code: "AU",
        name: "Australia",
        lines: &[
            line(
                Crisis,
                "Lifeline Australia",
                "13 11 14",
                "131114",
                "24/7",
                "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
            ),
            line(
                Abuse,
                "1800RESPECT (national domestic, family and sexual violence counselling)",
                "1800 737 732 (1800RESPECT)",
                "1800737732",
                "24/7",
                "https://thedailyaus.com.au/stories/1800-respect-text-messaging/",
            ),
            line(
                Emergency,
                "Triple Zero",
                "000",
                "000",
                "24/7",
                "http://www.acma.gov.au/theACMA/emergency-call-service-faq-i-acma",
            ),
            line(
                Emergency,
                "Emergency (mobile only, secondary)",
                "112",
                "112",
                "24/7",
                "http://www.acma.gov.au/theACMA/emergency-call-service-faq-i-acma",
            ),
        ],
    },
    Region {
        code: "NZ",
        name: "New Zealand",
        lines: &[
            line(
                Crisis,
                "Need to talk? (1737)",
                "1737 (call or text)",
                "1737",
                "24/7",
                "https://metronews.co.nz/article/its-okay-to-not-be-okay",
            ),
            line(
                Crisis,
                "Suicide Crisis Helpline (Lifeline Aotearoa)",
                "0508 828 865 (0508 TAUTOKO)",
                "0508828865",
                "",
                "https://metronews.co.nz/article/its-okay-to-not-be-okay",
            ),
            line(
                Abuse,
                "Women's Refuge Crisisline",
                "0800 733 843 (0800 REFUGE)",
                "0800733843",
                "24/7",
                "https://womensrefuge.org.nz/get-help/",
            ),
            line(
                Emergency,
                "Emergency services",
                "111",
                "111",
                "24/7",
                "https://womensrefuge.org.nz/get-help/",
            ),
        ],
    },
    Region {
        code: "DE",
        name: "Germany",
        lines: &[
            line(
                Crisis,
                "TelefonSeelsorge",
                "0800 111 0 111",
                "08001110111",
                "24/7",
                "https://www.domradio.de/artikel/telefonseelsorge-jetzt-unter-oekumenischem-dachverband",
            ),
            line(
                Crisis,
                "TelefonSeelsorge",
                "0800 111 0 222",
                "08001110222",
                "24/7",
                "https://www.domradio.de/artikel/telefonseelsorge-jetzt-unter-oekumenischem-dachverband",
            ),
            line(
                Abuse,
                "Hilfetelefon „Gewalt gegen Frauen“",
                "116 016",
                "116016",
                "24/7",
                "https://www.hilfetelefon.de/das-hilfetelefon/angebot-im-ueberblick.html",
            ),
            line(
                Emergency,
                "Feuerwehr / Rettungsdienst (and EU 112)",
                "112",
                "112",
                "24/7",
                "http://www.baden-baden.de/buergerservice/notlagen/unfaelle/feuerwehr-und-polizei/",
            ),
            line(
                Emergency,
                "Polizei",
                "110",
                "110",
                "24/7",
                "http://www.baden-baden.de/buergerservice/notlagen/unfaelle/feuerwehr-und-polizei/",
            ),
        ],
    },
    Region {
        code: "AT",
        name: "Austria",
        lines: &[
            line(
                Crisis,
                "TelefonSeelsorge – Notruf 142",
                "142",
                "142",
                "24/7",
                "https://www.katholisch.at/telefonseelsorge",
            ),
            line(
                Abuse,
                "Frauenhelpline gegen Gewalt",
                "0800 222 555",
                "0800222555",
                "24/7",
                "https://www.xn--frauenhausmdling-wwb.at/news/frauenhelpline-0800-222-555/",
            ),
            line(
                Emergency,
                "Euro-Notruf",
                "112",
                "112",
                "24/7",
                "https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/informationen_fuer_konsumenten/TKKS_Notrufe.de.html",
            ),
            line(
                Emergency,
                "Polizei",
                "133",
                "133",
                "24/7",
                "https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/informationen_fuer_konsumenten/TKKS_Notrufe.de.html",
            ),
            line(
                Emergency,
                "Rettungsdienst",
                "144",
                "144",
                "24/7",
                "https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/informationen_fuer_konsumenten/TKKS_Notrufe.de.html",
            ),
        ],
    },
    Region {
        code: "CH",
        name: "Switzerland",
        lines: &[
            line(
                Crisis,
                "Die Dargebotene Hand / La Main Tendue / Telefono Amico",
                "143",
                "143",
                "24/7",
                "https://zuerich.143.ch/Service/FAQ",
            ),
            line(
                Emergency,
                "Euro-Notruf",
                "112",
                "112",
                "24/7",
                "https://www.aargauerzeitung.ch/schweiz/thomas-minder-will-eine-einheitliche-notrufnummer-in-der-schweiz-einfuhren-ld.1922727",
            ),
            line(
                Emergency,
                "Polizei",
                "117",
                "117",
                "24/7",
                "https://www.aargauerzeitung.ch/schweiz/thomas-minder-will-eine-einheitliche-notrufnummer-in-der-schweiz-einfuhren-ld.1922727",
            ),
            line(
                Emergency,
                "Sanität / ambulance",
                "144",
                "144",
                "24/7",
                "https://www.aargauerzeitung.ch/schweiz/thomas-minder-will-eine-einheitliche-notrufnummer-in-der-schweiz-einfuhren-ld.1922727",
            ),
        ],
    },
    Region {
        code: "FR",
        name: "France",
        lines: &[
            line(
                Crisis,
                "3114 – numéro national de prévention du suicide",
                "31 14",
                "3114",
                "24/7",
                "https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide",
            ),
            line(
                Abuse,
                "3919 – Violences Femmes Info",
                "39 19",
                "3919",
                "24/7",
                "https://solidaritefemmes.org/appeler-le-3919/",
            ),
            line(
                Emergency,
                "Numéro d'urgence européen",
                "112",
                "112",
                "24/7",
                "https://sdis45.com/index.php/en-pratique/une-urgence-quel-numero",
            ),
            line(
                Emergency,
                "SAMU (medical)",
                "15",
                "15",
                "24/7",
                "https://sdis45.com/index.php/en-pratique/une-urgence-quel-numero",
            ),
            line(
                Emergency,
                "Police / Gendarmerie",
                "17",
                "17",
                "24/7",
                "https://sdis45.com/index.php/en-pratique/une-urgence-quel-numero",
            ),
        ],
    },
    Region {
        code: "ES",
        name: "Spain",
        lines: &[
            line(
                Crisis,
                "024 – Línea de atención a la conducta suicida",
                "024",
                "024",
                "24/7",
                "https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml",
            ),
            line(
                Abuse,
                "016 – atención a víctimas de violencia contra las mujeres",
                "016",
                "016",
                "24/7",
                "https://asturi.as/?p=36140463764",
            ),
            line(
                Emergency,
                "Emergencias",
                "112",
                "112",
                "24/7",
                "https://www.elperiodicoextremadura.com/noticias/extremadura/extremadura-realizan-tres-llamadas-dia-telefono-016_1194873.html",
            ),
        ],
    },
    Region {
        code: "IT",
        name: "Italy",
        lines: &[
            line(
                Crisis,
                "Telefono Amico Italia",
                "02 2327 2327",
                "0223272327",
                "10:00–24:00 daily",
                "https://alleyoop.ilsole24ore.com/2025/10/10/salute-mentale-300-richieste-di-aiuto-al-giorno-per-telefono-amico-italia/",
            ),
            line(
                Abuse,
                "1522 – Numero antiviolenza e stalking",
                "1522",
                "1522",
                "24/7",
                "https://www.ilmessaggero.it/italia/1522_numero_anti_violenza_donne_come_funziona_meloni_news-7776518.html",
            ),
            line(
                Emergency,
                "NUE – Numero Unico di Emergenza",
                "112",
                "112",
                "24/7",
                "https://112.gov.it/en/how_it_works/",
            ),
        ],
    },
    Region {
        code: "NL",
        name: "Netherlands",
        lines: &[
            line(
                Crisis,
                "113 Zelfmoordpreventie",
                "113",
                "113",
                "24/7",
                "https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt",
            ),
            line(
                Crisis,
                "113 Zelfmoordpreventie (free alternative number)",
                "0800-0113",
                "08000113",
                "24/7",
                "https://www.nu.nl/binnenland/6062813/hulplijn-113-nu-ook-rechtstreeks-bereikbaar-voor-zelfmoordpreventie.html?redirect=1",
            ),
            line(
                Abuse,
                "Veilig Thuis",
                "0800-2000",
                "08002000",
                "24/7",
                "https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld",
            ),
            line(
                Emergency,
                "Alarmnummer",
                "112",
                "112",
                "24/7",
                "https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld",
            ),
        ],
    },
    Region {
        code: "BE",
        name: "Belgium",
        lines: &[
            line(
                Crisis,
                "Centre de Prévention du Suicide (French-speaking)",
                "0800 32 123",
                "080032123",
                "24/7",
                "https://www.lalibre.be/belgique/societe/2023/02/21/le-centre-de-prevention-du-suicide-est-confronte-a-une-hausse-du-nombre-dappels-A54EZGXFSJB3HNFT4ZSPCEPJ5I/",
            ),
            line(
                Crisis,
                "Zelfmoordlijn 1813 (Dutch-speaking)",
                "1813",
                "1813",
                "",
                "https://www.nieuwsblad.be/cnt/dmf20190909_04598208",
            ),
            line(
                Abuse,
                "Écoute Violences Conjugales (French-speaking)",
                "0800 30 030",
                "080030030",
                "24/7",
                "https://www.ecouteviolencesconjugales.be/qui-sommes-nous/presentation/",
            ),
            line(
                Abuse,
                "1712 – hulplijn geweld, misbruik en kindermishandeling (Flanders)",
                "1712",
                "1712",
                "",
                "https://www.1712.be/nl/over-1712",
            ),
            line(
                Emergency,
                "Noodnummer (medical/fire, EU)",
                "112",
                "112",
                "24/7",
                "https://www.1712.be/nl/over-1712",
            ),
            line(
                Emergency,
                "Politie / Police",
                "101",
                "101",
                "24/7",
                "https://www.1712.be/nl/over-1712",
            ),
        ],
    },
    Region {
        code: "SE",
        name: "Sweden",
        lines: &[
            line(
                Crisis,
                "Självmordslinjen (Mind)",
                "90101",
                "90101",
                "24/7",
                "http://www.kronprinsessparetsstiftelse.se/projekt/sjalvmordsupplysningen.html",
            ),
            line(
                Abuse,
                "Kvinnofridslinjen",
                "020-50 50 50",
                "020505050",
                "24/7",
                "https://www.nck.uu.se/nyhetsarkiv/nyhetsvisningssida/?tarContentId=1077236&languageId=3&id=200&librisId=5679060&swepubId=",
            ),
            line(
                Emergency,
                "SOS Alarm",
                "112",
                "112",
                "24/7",
                "https://www.sosalarm.se/112",
            ),
        ],
    },
    Region {
        code: "NO",
        name: "Norway",
        lines: &[
            line(
                Crisis,
                "Mental Helse Hjelpetelefonen",
                "116 123",
                "116123",
                "24/7",
                "https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352",
            ),
            line(
                Crisis,
                "Kirkens SOS",
                "22 40 00 40",
                "22400040",
                "24/7",
                "https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352",
            ),
            line(
                Abuse,
                "Vold- og overgrepslinjen (VO-linjen)",
                "116 006",
                "116006",
                "24/7",
                "https://ldo.no/ombudet-og-samfunnet/siste-nytt2/vo-linjen-ny/",
            ),
            line(
                Emergency,
                "Politi (and EU 112)",
                "112",
                "112",
                "24/7",
                "https://nkom.no/telefoni-og-telefonnummer/nodnummer-nodanrop-og-lokalisering",
            ),
            line(
                Emergency,
                "Medisinsk nødtelefon / ambulance",
                "113",
                "113",
                "24/7",
                "https://nkom.no/telefoni-og-telefonnummer/nodnummer-nodanrop-og-lokalisering",
            ),
        ],
    },
    Region {
        code: "DK",
        name: "Denmark",
        lines: &[
            line(
                Crisis,
                "Livslinien",
                "70 201 201",
                "70201201",
                "",
                "https://cphpost.dk/2015-10-26/news/suicide-prevention-lifeline-gets-funding-to-stay-open-at-night/",
            ),
            line(
                Abuse,
                "Lev Uden Vold – national hotline",
                "1888",
                "1888",
                "24/7",
                "https://levudenvold.dk/aktuelt/nyheder/lev-uden-vold-modtog-i-2022-rekordmange-opkald/",
            ),
            line(
                Emergency,
                "Alarm 112",
                "112",
                "112",
                "24/7",
                "https://politi.dk/kontakt-politiet/alarm-112",
            ),
        ],
    },
    Region {
        code: "IN",
        name: "India",
        lines: &[
            line(
                Crisis,
                "Tele-MANAS (National Tele Mental Health Programme)",
                "14416",
                "14416",
                "24/7",
                "https://theshillongtimes.com/2025/02/07/tele-manas-mental-health-helpline-handles-over-18-1-lakh-calls-centre/",
            ),
            line(
                Crisis,
                "Tele-MANAS (alternate toll-free)",
                "1-800-891-4416",
                "18008914416",
                "24/7",
                "https://crackittoday.com/current-affairs/tele-manas/",
            ),
            line(
                Abuse,
                "Women Helpline",
                "181",
                "181",
                "",
                "https://www.newindianexpress.com/nation/2020/apr/18/lockdown-over-50-helplines-set-up-across-india-to-help-women-facing-domestic-violence-2132024.html",
            ),
            line(
                Emergency,
                "Emergency Response Support System (ERSS)",
                "112",
                "112",
                "24/7",
                "https://www.lokmattimes.com/technology/over-29-lakh-phone-calls-handled-by-tele-manas-cells-savitri-thakur-2/",
            ),
        ],
    },
    Region {
        code: "ZA",
        name: "South Africa",
        lines: &[
            line(
                Crisis,
                "SADAG Suicide Crisis Helpline",
                "0800 567 567",
                "0800567567",
                "",
                "http://www.pressreader.com/south-africa/the-star-early-edition/20190212/281668256233737",
            ),
            line(
                Crisis,
                "SADAG 24-hour Mental Health Helpline",
                "0800 456 789",
                "0800456789",
                "24/7",
                "http://www.pressreader.com/south-africa/the-star-early-edition/20190212/281668256233737",
            ),
            line(
                Abuse,
                "GBV Command Centre (Dept of Social Development)",
                "0800 428 428",
                "0800428428",
                "24/7",
                "http://gbv.org.za/about-us",
            ),
            line(
                Emergency,
                "Police (SAPS)",
                "10111",
                "10111",
                "24/7",
                "https://gauteng.news/2024/10/16/sa-emergency-numbers-kids-should-know/",
            ),
            line(
                Emergency,
                "Ambulance",
                "10177",
                "10177",
                "24/7",
                "https://gauteng.news/2024/10/16/sa-emergency-numbers-kids-should-know/",
            ),
            line(
                Emergency,
                "Emergency from mobile phones",
                "112",
                "112",
                "24/7",
                "https://gauteng.news/2024/10/16/sa-emergency-numbers-kids-should-know/",
            ),
        ],
    },
    Region {
        code: "BR",
        name: "Brazil",
        lines: &[
            line(
                Crisis,
                "CVV – Centro de Valorização da Vida",
                "188",
                "188",
                "24/7",
                "https://deljipa.blogspot.com/2018/04/ligacoes-gratuitas-para-o-cvv-sao.html",
            ),
            line(
                Abuse,
                "Ligue 180 – Central de Atendimento à Mulher",
                "180",
                "180",
                "24/7",
                "https://radiowebcadeiracativa.com.br/noticia/2102830/ligue-180-completa-20-anos-de-combate-violencia-contra-mulheres",
            ),
            line(
                Emergency,
                "Polícia Militar",
                "190",
                "190",
                "24/7",
                "https://radiowebcadeiracativa.com.br/noticia/2102830/ligue-180-completa-20-anos-de-combate-violencia-contra-mulheres",
            ),
            line(
                Emergency,
                "SAMU (ambulance)",
                "192",
                "192",
                "24/7",
                "https://storelatina.com/socorrista/glossario/quais-sao-os-tres-numeros-de-emergencia",
            ),
        ],
    },
    Region {
        code: "MX",
        name: "Mexico",
        lines: &[
            line(
                Crisis,
                "Línea de la Vida (CONASAMA)",
                "800 911 2000",
                "8009112000",
                "24/7",
                "https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/",
            ),
            line(
                Abuse,
                "Línea de las Mujeres (Secretaría de las Mujeres)",
                "079, opción 1",
                "079",
                "24/7",
                "https://www.jornada.com.mx/2025/11/05/sociedad/039n2soc?partner=rss",
            ),
            line(
                Emergency,
                "Emergencias",
                "911",
                "911",
                "24/7",
                "https://www.elmanana.com/noticias/nacional/instituciones-de-salud-mental-en-mexico-servicios-gratuitos/6020415",
            ),
        ],
    },
];
/// The region with this code (case-insensitive), if it has lines.
pub fn region(code: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// IANA time zones to regions. A zone names where the device is set to be,
/// which says more about which lines can be dialled than the language does.
/// Zones not listed here (and "UTC") say nothing either way.
static ZONES: &[(&str, &str)] = &[
    ("Europe/London", "GB"),
    ("Europe/Belfast", "GB"),
    ("Europe/Dublin", "IE"),
    ("Pacific/Auckland", "NZ"),
    ("Pacific/Chatham", "NZ"),
    ("Europe/Berlin", "DE"),
    ("Europe/Busingen", "DE"),
    ("Europe/Vienna", "AT"),
    ("Europe/Zurich", "CH"),
    ("Europe/Paris", "FR"),
    ("Europe/Madrid", "ES"),
    ("Atlantic/Canary", "ES"),
    ("Africa/Ceuta", "ES"),
    ("Europe/Rome", "IT"),
    ("Europe/Amsterdam", "NL"),
    ("Europe/Brussels", "BE"),
    ("Europe/Stockholm", "SE"),
    ("Europe/Oslo", "NO"),
    ("Europe/Copenhagen", "DK"),
    ("Asia/Kolkata", "IN"),
    ("Asia/Calcutta", "IN"),
    ("Africa/Johannesburg", "ZA"),
    ("Pacific/Honolulu", "US"),
    ("America/New_York", "US"),
    ("America/Chicago", "US"),
    ("America/Denver", "US"),
    ("America/Phoenix", "US"),
    ("America/Los_Angeles", "US"),
    ("America/Anchorage", "US"),
    ("America/Juneau", "US"),
    ("America/Sitka", "US"),
    ("America/Metlakatla", "US"),
    ("America/Yakutat", "US"),
    ("America/Nome", "US"),
    ("America/Adak", "US"),
    ("America/Boise", "US"),
    ("America/Detroit", "US"),
    ("America/Menominee", "US"),
    ("America/Indiana/", "US"),
    ("America/Kentucky/", "US"),
    ("America/North_Dakota/", "US"),
    ("America/Toronto", "CA"),
    ("America/Montreal", "CA"),
    ("America/Nipigon", "CA"),
    ("America/Thunder_Bay", "CA"),
    ("America/Iqaluit", "CA"),
    ("America/Winnipeg", "CA"),
    ("America/Rankin_Inlet", "CA"),
    ("America/Resolute", "CA"),
    ("America/Regina", "CA"),
    ("America/Swift_Current", "CA"),
    ("America/Edmonton", "CA"),
    ("America/Cambridge_Bay", "CA"),
    ("America/Inuvik", "CA"),
    ("America/Yellowknife", "CA"),
    ("America/Vancouver", "CA"),
    ("America/Whitehorse", "CA"),
    ("America/Dawson", "CA"),
    ("America/Dawson_Creek", "CA"),
    ("America/Fort_Nelson", "CA"),
    ("America/Creston", "CA"),
    ("America/Halifax", "CA"),
    ("America/Glace_Bay", "CA"),
    ("America/Moncton", "CA"),
    ("America/Goose_Bay", "CA"),
    ("America/St_Johns", "CA"),
    ("America/Atikokan", "CA"),
    ("America/Blanc-Sablon", "CA"),
    ("America/Sao_Paulo", "BR"),
    ("America/Noronha", "BR"),
    ("America/Belem", "BR"),
    ("America/Fortaleza", "BR"),
    ("America/Recife", "BR"),
    ("America/Araguaina", "BR"),
    ("America/Maceio", "BR"),
    ("America/Bahia", "BR"),
    ("America/Campo_Grande", "BR"),
    ("America/Cuiaba", "BR"),
    ("America/Santarem", "BR"),
    ("America/Porto_Velho", "BR"),
    ("America/Boa_Vista", "BR"),
    ("America/Manaus", "BR"),
    ("America/Eirunepe", "BR"),
    ("America/Rio_Branco", "BR"),
    ("America/Mexico_City", "MX"),
    ("America/Cancun", "MX"),
    ("America/Merida", "MX"),
    ("America/Monterrey", "MX"),
    ("America/Matamoros", "MX"),
    ("America/Chihuahua", "MX"),
    ("America/Ciudad_Juarez", "MX"),
    ("America/Ojinaga", "MX"),
    ("America/Mazatlan", "MX"),
    ("America/Bahia_Banderas", "MX"),
    ("America/Hermosillo", "MX"),
    ("America/Tijuana", "MX"),
];

/// What the device's time zone says, if anything: `Some(None)` for a zone
/// that is known to be somewhere without lines here.
fn from_zone(zone: &str) -> Option<Option<&'static str>> {
    if let Some((_, code)) = ZONES.iter().find(|(z, _)| if z.ends_with('/') { zone.starts_with(z) } else { zone == *z }) {
        return Some(Some(code));
    }
    // Australian zones all share the same lines.
    if zone.starts_with("Australia/") {
        return Some(Some("AU"));
    }
    // A real place elsewhere ("Europe/Warsaw"): not a region with lines.
    let placeless = zone.is_empty() || zone.eq_ignore_ascii_case("UTC") || zone.starts_with("Etc/") || !zone.contains('/');
    if placeless { None } else { Some(None) }
}

/// The region of a language tag's region subtag (`en-GB`, `pt_BR`,
/// `es-419` has none).
fn from_language(tag: &str) -> Option<&'static str> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .and_then(region)
        .map(|r| r.code)
}

/// The region to pre-choose from the browser: its time zone first (where the
/// device is set to be), then the region in its language tags, in order.
/// `None` when neither says, or the time zone is somewhere without lines
/// here: then the card offers the emergency number and says plainly that
/// local lines could not be listed.
pub fn guess_region(time_zone: &str, languages: &[String]) -> Option<&'static Region> {
    match from_zone(time_zone.trim()) {
        Some(found) => found.and_then(region),
        None => languages.iter().find_map(|l| from_language(l.trim())).and_then(region),
    }
}

/// Whose lines to show, and how that was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    /// Chosen in Settings.
    Chosen(&'static Region),
    /// Pre-chosen from the browser's time zone and language.
    Guessed(&'static Region),
    /// Chosen as "not listed", or nothing to go on: the emergency number
    /// only, said plainly.
    Unknown,
}

impl Lines {
    pub fn region(self) -> Option<&'static Region> {
        match self {
            Lines::Chosen(r) | Lines::Guessed(r) => Some(r),
            Lines::Unknown => None,
        }
    }
}

/// The saved choice (`Settings::help_region`) first, then the browser's guess.
pub fn lines_for(saved: Option<&str>, time_zone: &str, languages: &[String]) -> Lines {
    match saved {
        Some("") => Lines::Unknown,
        Some(code) => region(code).map_or(Lines::Unknown, Lines::Chosen),
        None => guess_region(time_zone, languages).map_or(Lines::Unknown, Lines::Guessed),
    }
}
