#!/usr/bin/env python3
"""Derive the scanner's lexicons in resources/rules/ from ../shared/data/.

Run by hand from the top of the checkout when the data or the hand-written
lists below change; the output is committed:

    build-aux/derive-rules.py [--data ../shared/data] [--output resources/rules]
    build-aux/derive-rules.py --check    # is resources/rules/ what this script makes?

--data defaults to $KASUS_SHARED_DIR/data when KASUS_SHARED_DIR is set, else to
../shared/data beside the checkout. --check generates into a temporary folder,
compares every file with resources/rules/ and exits 0 when they are identical,
1 when one differs (naming it and its first differing lines), 77 (skip) when
the shared data or the hunspell en_US dictionary is missing. Never edit the
lexicons by hand: change the lists here (the *_SUPPLEMENT lists hold Kasus'
own additions) and regenerate.

Every file is one entry a line, `key` or `key<TAB>value`, keys lower-case
(the scanner folds case before it looks up), sorted bytewise like
`LC_ALL=C sort -u`, after a `#` header that names the source and licence.
"""
import argparse
import csv
import json
import os
import re
import sys
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from derive_common import check, default_data, skip_unless_present  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)

# ---------------------------------------------------------------------------
# Hand-written lists (GPL-3.0-or-later, The Kasus authors)

HOSPITALS = {
    # national bodies, employers, labs and clubs that come up in cases
    "kræftens bekæmpelse": "other", "danish cancer society": "other",
    "medicinrådet": "other", "medicines council": "other",
    "danish medicines council": "other", "sundhedsstyrelsen": "other",
    "royal danish air force": "work", "flyvevåbnet": "work", "forsvaret": "work",
    "søværnet": "work", "hæren": "work", "royal danish navy": "work",
    "royal danish army": "work", "royal danish ballet": "work",
    "den kongelige ballet": "work", "det kongelige teater": "work",
    "midttrafik": "work", "movia": "work", "sydtrafik": "work", "fynbus": "work",
    "skånetrafiken": "work", "deutsche bahn": "work", "arriva": "work",
    "b&w": "work", "burmeister & wain": "work", "rnli": "work",
    "the christie": "other", "dtu aqua": "work", "cegat": "other",
    "blueprint genetics": "other", "invitae": "other", "foundation medicine": "other",
    "myriad genetics": "other", "centogene": "other", "totalenergies": "work",
    "patologi vest": "other", "odense boldklub": "work",
    # name: kind (uni = university hospital, reg = regional hospital,
    # priv = private hospital, other = hospital-like institution)
    "rigshospitalet": "uni", "rigshospitalet glostrup": "uni",
    "rigshospitalet blegdamsvej": "uni", "glostrup hospital": "uni",
    "herlev hospital": "uni", "gentofte hospital": "uni",
    "herlev og gentofte hospital": "uni", "herlev-gentofte hospital": "uni",
    "bispebjerg hospital": "uni", "frederiksberg hospital": "uni",
    "bispebjerg og frederiksberg hospital": "uni",
    "bispebjerg og frederiksberg hospitaler": "uni",
    "amager hospital": "uni", "hvidovre hospital": "uni",
    "amager og hvidovre hospital": "uni", "nordsjællands hospital": "reg",
    "hillerød hospital": "reg", "frederikssund hospital": "reg",
    "helsingør hospital": "reg", "bornholms hospital": "reg",
    "sjællands universitetshospital": "uni", "roskilde sygehus": "uni",
    "køge sygehus": "uni", "holbæk sygehus": "reg",
    "nykøbing falster sygehus": "reg", "nykøbing f. sygehus": "reg",
    "slagelse sygehus": "reg", "næstved sygehus": "reg",
    "ringsted sygehus": "reg", "kalundborg sygehus": "reg",
    "næstved, slagelse og ringsted sygehuse": "reg",
    "odense universitetshospital": "uni", "svendborg sygehus": "uni",
    "sygehus lillebælt": "reg", "vejle sygehus": "reg",
    "kolding sygehus": "reg", "fredericia sygehus": "reg",
    "middelfart sygehus": "reg", "sydvestjysk sygehus": "reg",
    "esbjerg sygehus": "reg", "grindsted sygehus": "reg",
    "sygehus sønderjylland": "reg", "hospital sønderjylland": "reg",
    "aabenraa sygehus": "reg", "sønderborg sygehus": "reg",
    "tønder sygehus": "reg", "nyborg sygehus": "reg",
    "h.c. andersen børne- og ungehospital": "uni",
    "h.c. andersen børnehospital": "uni",
    "aarhus universitetshospital": "uni", "skejby sygehus": "uni",
    "aarhus sygehus": "uni", "århus sygehus": "uni",
    "aarhus universitetshospital skejby": "uni",
    "regionshospitalet randers": "reg", "regionshospitalet horsens": "reg",
    "regionshospitalet viborg": "reg", "regionshospitalet silkeborg": "reg",
    "regionshospitalet gødstrup": "reg", "gødstrup hospital": "reg",
    "regionshospitalet herning": "reg", "regionshospitalet holstebro": "reg",
    "regionshospitalet skive": "reg", "regionshospitalet lemvig": "reg",
    "regionshospitalet grenaa": "reg", "regionshospitalet ringkøbing": "reg",
    "regionshospitalet tarm": "reg", "regionshospitalet brædstrup": "reg",
    "regionshospitalet odder": "reg", "hospitalsenhed midt": "reg",
    "hospitalsenheden vest": "reg", "hospitalsenheden horsens": "reg",
    "regionshospitalet midt": "reg", "regionshospital midtjylland": "reg",
    "randers sygehus": "reg", "horsens sygehus": "reg", "viborg sygehus": "reg",
    "silkeborg sygehus": "reg", "herning sygehus": "reg",
    "holstebro sygehus": "reg", "aalborg universitetshospital": "uni",
    "aalborg sygehus": "uni", "regionshospital nordjylland": "reg",
    "hjørring sygehus": "reg", "frederikshavn sygehus": "reg",
    "thisted sygehus": "reg", "sygehus thy-mors": "reg", "farsø sygehus": "reg",
    "hobro sygehus": "reg", "brønderslev sygehus": "reg",
    "skagen sygehus": "reg", "sygehus vendsyssel": "reg",
    "odense university hospital": "uni", "aarhus university hospital": "uni",
    "aalborg university hospital": "uni", "zealand university hospital": "uni",
    "copenhagen university hospital": "uni", "rigshospitalet copenhagen": "uni",
    "gødstrup regional hospital": "reg", "regional hospital gødstrup": "reg",
    "regional hospital west jutland": "reg",
    "hospital of southern jutland": "reg", "lillebaelt hospital": "reg",
    "hospital lillebaelt": "reg", "south west jutland hospital": "reg",
    "aleris-hamlet": "priv", "aleris-hamlet hospitaler": "priv",
    "aleris hamlet": "priv", "hamlet hospital": "priv",
    "privathospitalet mølholm": "priv", "mølholm privathospital": "priv",
    "aros privathospital": "priv", "capio": "priv", "capio a/s": "priv",
    "kysthospitalet": "reg", "vejlefjord": "priv", "friklinikken": "reg",
    "skejby": "uni",
    # employers a patient can be recognised by
    "grundfos": "work", "vestas": "work", "novo nordisk": "work", "novozymes": "work",
    "lego": "work", "danfoss": "work", "mærsk": "work", "maersk": "work",
    "a.p. møller - mærsk": "work", "arla": "work", "arla foods": "work",
    "carlsberg": "work", "danish crown": "work", "rockwool": "work", "ørsted": "work",
    "coloplast": "work", "lundbeck": "work", "velux": "work", "bang & olufsen": "work",
    "jysk": "work", "netto": "work", "salling group": "work", "føtex": "work",
    "bilka": "work", "postnord": "work", "forsvaret": "work", "rigspolitiet": "work",
    "nykredit": "work", "danske bank": "work", "nordea": "work", "jyske bank": "work",
    "ikea": "work", "siemens gamesa": "work", "flsmidth": "work", "topdanmark": "work",
    "pandora": "work", "ecco": "work", "bestseller": "work", "rema 1000": "work",
    "superbrugsen": "work", "kvickly": "work", "nilfisk": "work", "radiometer": "work",
    "demant": "work", "oticon": "work", "widex": "work", "scandlines": "work",
    "molslinjen": "work", "dfds": "work", "bornholmslinjen": "work", "falck": "work",
    "danish crown a/s": "work", "region hovedstadens psykiatri": "other",
    # more employers a patient's job may name
    "movia": "work", "arriva": "work", "vestas": "work", "grundfos": "work",
    "danfoss": "work", "maersk": "work", "mærsk": "work", "carlsberg": "work",
    "arla": "work", "arla foods": "work", "novo nordisk": "work", "novozymes": "work",
    "coloplast": "work", "lundbeck": "work", "leo pharma": "work", "velux": "work",
    "rockwool": "work", "salling group": "work", "coop": "work", "netto": "work",
    "føtex": "work", "bilka": "work", "postnord": "work", "post danmark": "work",
    "banedanmark": "work", "vejdirektoratet": "work", "forsvaret": "work",
    "søværnet": "work", "hæren": "work", "flyvevåbnet": "work", "rigspolitiet": "work",
    "københavns lufthavn": "work", "copenhagen airport": "work", "danske bank": "work",
    "nykredit": "work", "jyske bank": "work", "nordea": "work", "tryg": "work",
    "ørsted": "work", "dong energy": "work", "royal greenland": "work",
    "tican": "work", "ikea": "work", "siemens gamesa": "work", "flsmidth": "work",
    "terma": "work", "netcompany": "work", "kmd": "work", "udbetaling danmark": "work",
    # sports clubs (an elite player's club narrows the group to a few)
    "aab": "work", "fck": "work", "fc københavn": "work", "brøndby": "work",
    "brøndby if": "work", "agf": "work", "fc midtjylland": "work", "fcm": "work",
    "randers fc": "work", "silkeborg if": "work", "viborg ff": "work",
    "odense boldklub": "work", "sønderjyske": "work", "vejle boldklub": "work",
    "lyngby boldklub": "work", "fc nordsjælland": "work", "esbjerg fb": "work",
    "aalborg håndbold": "work", "gog": "work", "team tvis holstebro": "work",
    "bjerringbro-silkeborg": "work", "skjern håndbold": "work", "kif kolding": "work",
    # foreign hospitals patients are referred to
    "karolinska": "uni", "karolinska universitetssjukhuset": "uni",
    "karolinska university hospital": "uni", "sahlgrenska": "uni",
    "sahlgrenska universitetssjukhuset": "uni", "skånes universitetssjukhus": "uni",
    "akademiska sjukhuset": "uni", "rikshospitalet": "uni", "radiumhospitalet": "uni",
    "oslo universitetssykehus": "uni", "haukeland universitetssykehus": "uni",
    "st. olavs hospital": "uni", "landssjúkrahúsið": "reg", "landspítali": "uni",
    "dronning ingrids hospital": "reg", "dronning ingrids sygehus": "reg",
    "md anderson": "uni", "md anderson cancer center": "uni", "mayo clinic": "uni",
    "memorial sloan kettering": "uni", "memorial sloan kettering cancer center": "uni",
    "dana-farber": "uni", "dana-farber cancer institute": "uni",
    "johns hopkins": "uni", "royal marsden": "uni", "great ormond street": "uni",
    "great ormond street hospital": "uni", "charité": "uni", "gustave roussy": "uni",
    "institut curie": "uni", "vall d'hebron": "uni", "vall d’hebron": "uni",
    "princess máxima center": "uni", "prinses máxima centrum": "uni",
    "netherlands cancer institute": "uni", "karolinska institutet": "uni",
}

# Kasus' additions: workplaces a case names — aid organisations and
# associations, broadcasters and newspapers, orchestras, academies and
# universities, public bodies. A name that is also an ordinary word
# ("Information", "Netto") or a person's initials ("HK", "DGI") is left out.
INSTITUTIONS_SUPPLEMENT = {
    "work": """røde kors|dansk røde kors|red cross|danish red cross|blå kors|kirkens korshær|
        frelsens hær|mødrehjælpen|ældre sagen|ældresagen|dansk flygtningehjælp|red barnet|
        save the children|læger uden grænser|médecins sans frontières|amnesty international|
        folkekirkens nødhjælp|danchurchaid|danmission|unicef|hjerteforeningen|
        scleroseforeningen|diabetesforeningen|gigtforeningen|lungeforeningen|hjernesagen|
        dansk folkehjælp|børns vilkår|hjemmeværnet|beredskabsstyrelsen|team danmark|
        det danske spejderkorps|kfum-spejderne|landbrug & fødevarer|dansk sygeplejeråd|
        lægeforeningen|dansk metal|danmarks lærerforening|
        danmarks radio|tv 2|tv midtvest|tv syd|tv 2 fyn|tv2 fyn|tv 2 nord|tv2 nord|
        tv 2 østjylland|tv2 østjylland|tv 2 lorry|tv2 lorry|tv 2 kosmopol|tv 2 bornholm|
        tv øst|tv 2 øst|tv2 øst|tv midtvest|tv 3|tv3|kanal 5|radio 24syv|bbc|itv|
        jyllands-posten|politiken|berlingske|berlingske tidende|ekstra bladet|
        kristeligt dagblad|weekendavisen|nordjyske stiftstidende|
        fyens stiftstidende|jydske vestkysten|midtjyllands avis|herning folkeblad|
        lemvig folkeblad|aarhus stiftstidende|århus stiftstidende|sjællandske medier|
        frederiksborg amts avis|dagens medicin|
        dr symfoniorkestret|dr pigekoret|danish national symphony orchestra|
        aarhus symfoniorkester|odense symfoniorkester|aalborg symfoniorkester|
        sønderjyllands symfoniorkester|copenhagen phil|det kongelige kapel|
        det kgl. kapel|royal danish orchestra|royal danish academy of music|
        det kongelige danske musikkonservatorium|rytmisk musikkonservatorium|
        det jyske musikkonservatorium|syddansk musikkonservatorium|
        den danske scenekunstskole|det kongelige danske kunstakademi|
        aarhus universitet|københavns universitet|syddansk universitet|aalborg universitet|
        roskilde universitet|copenhagen business school|danmarks tekniske universitet|
        it-universitetet|via university college|university college lillebælt|
        university college nordjylland|professionshøjskolen absalon|
        københavns professionshøjskole|politiskolen|forsvarsakademiet|søværnets officersskole|
        hærens officersskole|tivoli|legoland|københavns zoo|zoologisk have|
        danmarks nationalbank|nationalbanken|folketinget|statsministeriet|
        udenrigsministeriet|forsvarsministeriet|sundhedsministeriet|kriminalforsorgen|
        hovedstadens beredskab|metroselskabet|mols-linien|molslinien|per aarsleff|
        mt højgaard|sweco|cowi|rambøll|niras|alectia|
        dansk knoglemarvsdonorregister""",
}
for _kind, _names in INSTITUTIONS_SUPPLEMENT.items():
    for _n in _names.split("|"):
        _n = " ".join(_n.split())
        if _n:
            HOSPITALS.setdefault(_n, _kind)

# Kasus' additions to the places: city districts, small islands of the
# Faroes and villages of Greenland, Danish areas, and foreign towns that
# patients in Denmark come from. Kind, then names separated by "|".
PLACES_SUPPLEMENT = {
    "town": """Nordvest|Husum|Sydhavn|Islands Brygge|Christianshavn|Ørestad|Bellahøj|Emdrup|
        Kongens Enghave|Bispebjerg|Tingbjerg|Urbanplanen|Amagerbro|Sundbyvester|
        Sundbyøster|Brabrand|Hasle|Viby J|Åbyhøj|Risskov|Hasseris|Vestbjerg|Bolbro|
        Tarup|Dalum|Hjallerup|Aalborg Øst|Aarhus V|Aarhus N|
        Tórshavn|Hoyvík|Argir|Kollafjørður|Vestmanna|Sandavágur|Miðvágur|Sørvágur|
        Fuglafjørður|Gøta|Eiði|Hvalba|Vágur|Sandur|Skopun|Kirkjubøur|Hvannasund|
        Kulusuk|Kuummiut|Tiniteqilaaq|Isortoq|Saattut|Ikerasak|Niaqornat|Qaarsut|
        Kangaatsiaq|Attu|Iginniarfik|Ikerasaarsuk|Itilleq|Sarfannguit|Napasoq|
        Atammik|Qeqertarsuatsiaat|Arsuk|Alluitsup Paa|Narsarmijit|Igaliku|
        Nam Định|Hải Phòng|Huế|Đà Nẵng|Cần Thơ|Ho Chi Minh City|Jaffna|Batticaloa|
        Trincomalee|Mariupol|Kharkiv|Kherson|Zaporizhzhia|Odesa|Dnipro|Lviv|
        Hargeisa|Kismayo|Baidoa|Bosaso|Asmara|Aleppo|Homs|Idlib|Qamishli|Kobani|
        Erbil|Sulaymaniyah|Mosul|Kirkuk|Herat|Mazar-i-Sharif|Kandahar|Jalalabad|
        Diyarbakır|Gaziantep|Trabzon|Konya|Mostar|Zenica|Bihać|Prijedor|Banja Luka|
        Tripoli|Benghazi|Misrata|Cornwall|Devon|Yorkshire|Lancashire|Cumbria|
        Northumberland|Norðoyggjar""",
    "island": """Streymoy|Eysturoy|Vágar|Sandoy|Suðuroy|Borðoy|Kalsoy|Kunoy|Viðoy|Svínoy|
        Fugloy|Nólsoy|Hestur|Koltur|Mykines|Skúvoy|Stóra Dímun|Lille Dímun|
        Fejø|Femø|Askø|Omø|Agersø|Orø|Sejerø|Nekselø|Hjarnø|Endelave|Tunø|Venø|
        Fur|Egholm|Livø|Barsø|Bågø|Lyø|Avernakø|Strynø|Birkholm|Skarø|Hjortø|
        Drejø|Thurø|Tåsinge|Siø|Baagø|Mandø|Sejerø|Hirsholmene|Christiansø""",
    "area": """Holmsland Klit|Holmsland|Mols|Hvide Sande|Harboøre Tange|Agger Tange|
        Skallingen|Rømø Syd|Nordsjælland|Sydsjælland|Vestsjælland|Midtsjælland|
        Østjylland|Vestjylland|Nordjylland|Sydjylland|Midtjylland|Sønderjylland|
        Nordfyn|Sydfyn|Vestfyn|Østfyn|Thy|Hanherred|Vendsyssel|Djursland|Himmerland""",
}

# Abbreviations, matched upper-case exactly.
HOSPITAL_ABBREVS = {
    "OUH": "uni", "AUH": "uni", "RH": "uni", "SUH": "uni", "AAUH": "uni",
    "HEH": "uni", "HGH": "uni", "BFH": "uni", "BBH": "uni", "NOH": "reg",
    "NSH": "reg", "SVS": "reg", "SLB": "reg", "SHS": "reg", "HSJ": "reg",
    "RHG": "reg", "RHN": "reg", "RHR": "reg", "RHV": "reg", "RHH": "reg",
    "RHS": "reg", "HEV": "reg", "HEM": "reg", "AHH": "uni", "HVH": "uni",
    "NFS": "reg", "NSR": "reg", "HCA": "uni", "KAS": "uni", "FAS": "uni",
    "ÅUH": "uni", "RHE": "reg", "RHHO": "reg", "HOH": "reg", "GLO": "uni",
    "BOH": "reg", "ZUH": "uni", "DSB": "work", "TDC": "work", "SAS": "work",
    "SKAT": "work", "DR": "work", "TV2": "work", "LEGO": "work", "DFDS": "work",
    "DIH": "reg", "AaUH": "uni", "SDU": "work", "DTU": "work", "KU": "work",
}

ISLANDS = """Bornholm Ærø Samsø Læsø Anholt Fanø Rømø Mors Als Langeland Møn
Amager Lolland Falster Fyn Sjælland Tåsinge Thurø Venø Fur Strynø Omø Agersø
Sejerø Nekselø Endelave Tunø Hjarnø Alrø Orø Femø Fejø Askø Bogø Egholm Livø
Mandø Baagø Avernakø Lyø Bjørnø Drejø Skarø Hjortø Birkholm Christiansø Ertholmene
Aarø Årø Barsø Fænø Lindholm Sejrø Enø Masnedø Farø Glænø Vendsyssel-Thy Saltholm
Færøerne Grønland Vendsyssel Thy Himmerland Djursland Salling Jylland Nordjylland
Midtjylland Sydjylland Sønderjylland Vestjylland Østjylland Nordvestjylland
Nordsjælland Vestsjælland Sydsjælland Østsjælland Midtsjælland Sydfyn Nordfyn
Vestfyn Østfyn Lolland-Falster Sydhavsøerne Kolding Fjord Limfjorden Hanherred
Thyholm Hedeby Sydslesvig Vestegnen Storkøbenhavn Københavnsområdet
Storebælt Lillebælt Øresund Kattegat Skagerrak Vadehavet Østersøen Nordsøen
Limfjorden Isefjorden Roskilde-fjord Fynshav Bøjden Spodsbjerg Kragenæs Tårs
Sælvig Hundested Rørvig""".split()
ISLANDS = [w for w in ISLANDS if w not in ("Kolding", "Fjord")]

# Of those, the Danish islands (kind "island", also where the postal
# codes or a municipality gave the name as a town: Ærø, Samsø, Bornholm).
DANISH_ISLANDS = set("""Bornholm Ærø Samsø Læsø Anholt Fanø Rømø Mors Als Langeland
Møn Amager Lolland Falster Fyn Sjælland Tåsinge Thurø Venø Fur Strynø Omø Agersø
Sejerø Nekselø Endelave Tunø Hjarnø Alrø Orø Femø Fejø Askø Bogø Egholm Livø Mandø
Baagø Avernakø Lyø Bjørnø Drejø Skarø Hjortø Birkholm Christiansø Ertholmene Aarø
Årø Barsø Fænø Lindholm Sejrø Enø Masnedø Farø Glænø Saltholm""".split())

REGIONS_EXTRA = ["Region Hovedstaden", "Region Sjælland", "Region Syddanmark",
                 "Region Midtjylland", "Region Nordjylland", "Region H",
                 "Region Midt", "Region Nord", "Region Syd", "Capital Region",
                 "Capital Region of Denmark", "Region Zealand",
                 "North Denmark Region", "Central Denmark Region",
                 "Region of Southern Denmark", "Hovedstadsområdet",
                 "Hovedstaden", "Syddanmark"]

COUNTRIES_EN = """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia
Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin
Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina Burundi Cambodia
Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia
Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji
Finland France Gabon Gambia Georgia Germany Ghana Greece Greenland Grenada Guatemala
Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel
Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos
Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar
Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova
Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal
Netherlands Holland Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine
Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa
Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname
Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia
Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela
Vietnam Yemen Zambia Zimbabwe England Scotland Wales Britain Faroe Kurdistan Somaliland
Tibet Chechnya Crimea Bosnia-Herzegovina Funen Zealand Jutland""".split()
COUNTRIES_EN_MULTI = ["United Kingdom", "United States", "United States of America",
                      "Great Britain", "Northern Ireland", "South Africa",
                      "South Korea", "North Korea", "New Zealand", "Saudi Arabia",
                      "Sri Lanka", "Costa Rica", "El Salvador", "Sierra Leone",
                      "Czech Republic", "Dominican Republic", "Ivory Coast",
                      "Faroe Islands", "United Arab Emirates", "the Netherlands",
                      "Papua New Guinea", "East Timor", "Cape Verde",
                      "Trinidad and Tobago", "North Macedonia", "South Sudan",
                      "Hong Kong", "Puerto Rico", "USA", "UK", "UAE", "DDR"]

# Famous foreign cities a patient may come from (place when capitalised).
CITIES_WORLD = """Stockholm Malmö Göteborg Gothenburg Oslo Bergen Trondheim Helsinki Reykjavik
Tórshavn Nuuk Berlin Hamburg Munich München Kiel Flensburg Frankfurt Cologne Köln
London Manchester Edinburgh Glasgow Dublin Paris Lyon Marseille Madrid Barcelona
Lisbon Lissabon Rome Rom Milan Milano Amsterdam Rotterdam Brussels Bruxelles Vienna
Wien Prague Prag Warsaw Warszawa Krakow Kraków Budapest Bucharest Sofia Athens Athen
Istanbul Ankara Izmir Tehran Teheran Kabul Herat Mazar-i-Sharif Kandahar Baghdad
Bagdad Mosul Basra Erbil Damascus Damaskus Aleppo Homs Beirut Amman Jerusalem
Tel Cairo Kairo Alexandria Tunis Algiers Casablanca Rabat Mogadishu Mogadishu
Hargeisa Nairobi Addis Asmara Khartoum Lagos Accra Dakar Karachi Lahore Islamabad
Delhi Mumbai Bombay Calcutta Kolkata Chennai Bangalore Dhaka Colombo Kathmandu
Bangkok Hanoi Saigon Manila Jakarta Beijing Peking Shanghai Tokyo Seoul Sydney
Melbourne Toronto Vancouver Montreal Chicago Boston Seattle Miami Riga Tallinn
Vilnius Kyiv Kiev Moscow Moskva Minsk Sarajevo Belgrade Beograd Zagreb Pristina
Skopje Tirana Shiraz Isfahan Tabriz Mashhad Gaza Ramallah Riyadh Dubai Doha
Houston Dallas Atlanta Denver Phoenix Baltimore Detroit Minneapolis
Rochester Cleveland Pittsburgh Nashville Aberdeen Cardiff Belfast Leeds Liverpool
Birmingham Oxford Cambridge Bristol Newcastle Heidelberg Stuttgart Düsseldorf
Hannover Leipzig Dresden Bremen Lübeck Uppsala Lund Linköping Umeå Örebro Tromsø
Stavanger Turku Tampere Gdansk Gdańsk Poznan Poznań Wroclaw Wrocław Lodz Łódź
Kaunas Nice Bordeaux Toulouse Lille Strasbourg Florence Firenze Naples Napoli
Venice Venezia Turin Torino Bologna Seville Sevilla Valencia Malaga Málaga Porto
Zürich Zurich Geneva Genève Basel Bern Antwerp Antwerpen Utrecht Eindhoven
Leiden Groningen Bogotá Lima Santiago Havana Ottawa Calgary Auckland
Brisbane Perth Adelaide Sisimiut Ilulissat Qaqortoq Aasiaat Maniitsoq Tasiilaq
Paamiut Narsaq Upernavik Uummannaq Nanortalik Qasigiannguit Kangerlussuaq
Klaksvík Runavík Tvøroyri Vágur Fuglafjørður Hargeysa Kirkuk Sulaymaniyah
Gaziantep Adana Konya Antalya Mostar Tuzla Bihać Bihac
Kapisillit Qeqertarsuaq Qaanaaq Ittoqqortoormiit Kangaatsiaq Kullorsuaq Igaliku
Narsarsuaq Kangaamiut Atammik Sarfannguit Ikerasak Niaqornat Qaarsut Saattut
Kollafjørður Hoyvík Argir Vestmanna Sandavágur Miðvágur Sørvágur Saltangará Eiði
Gøta Hvalba Viðareiði Solna Huddinge Helsingborg Kristianstad Tübingen Mainz
Sutton Whitstable""".split()
CITIES_WORLD_MULTI = ["New York", "Los Angeles", "San Francisco", "San Diego",
                      "Las Vegas", "New Orleans", "Buenos Aires", "São Paulo",
                      "Rio de Janeiro", "Mexico City", "St. Petersburg",
                      "Sankt Petersborg", "The Hague", "Den Haag",
                      "Cape Town", "Tel Aviv", "Addis Ababa", "Mazar-e Sharif"]

FAMILY_DA = {
    # base: list of forms (indefinite, definite, plural, definite plural)
    "mor": ["mor", "moren", "mødre", "mødrene", "moder", "mora"],
    "far": ["far", "faren", "fædre", "fædrene", "fader"],
    "bror": ["bror", "broren", "broderen", "brødre", "brødrene", "broder"],
    "søster": ["søster", "søsteren", "søstre", "søstrene"],
    "søn": ["søn", "sønnen", "sønner", "sønnerne"],
    "datter": ["datter", "datteren", "døtre", "døtrene"],
    "søskende": ["søskende", "søskendene", "søskendeflok"],
    "forældre": ["forældre", "forældrene", "forælder", "forælderen"],
    "mormor": ["mormor", "mormoren"], "morfar": ["morfar", "morfaren"],
    "farmor": ["farmor", "farmoren"], "farfar": ["farfar", "farfaren"],
    "bedstemor": ["bedstemor", "bedstemoren", "bedstemødre"],
    "bedstefar": ["bedstefar", "bedstefaren", "bedstefædre"],
    "bedsteforældre": ["bedsteforældre", "bedsteforældrene"],
    "oldemor": ["oldemor"], "oldefar": ["oldefar"],
    "moster": ["moster", "mosteren", "mostre", "mostrene"],
    "faster": ["faster", "fasteren", "fastre"],
    "morbror": ["morbror", "morbroren", "morbrødre"],
    "farbror": ["farbror", "farbroren", "farbrødre"],
    "onkel": ["onkel", "onklen", "onkler", "onklerne"],
    "tante": ["tante", "tanten", "tanter", "tanterne"],
    "fætter": ["fætter", "fætteren", "fætre", "fætrene"],
    "kusine": ["kusine", "kusinen", "kusiner", "kusinerne"],
    "nevø": ["nevø", "nevøen", "nevøer"], "niece": ["niece", "niecen", "niecer"],
    "barnebarn": ["barnebarn", "barnebarnet", "børnebørn", "børnebørnene"],
    "oldebarn": ["oldebarn", "oldebarnet", "oldebørn", "oldebørnene"],
    "tvilling": ["tvilling", "tvillingen", "tvillinger", "tvillingerne"],
    "hustru": ["hustru", "hustruen"], "kone": ["kone", "konen"],
    "ægtemand": ["ægtemand", "ægtemanden", "ægtemænd"],
    "ægtefælle": ["ægtefælle", "ægtefællen", "ægtefæller"],
    "samlever": ["samlever", "samleveren"], "kæreste": ["kæresten"],
    "enke": ["enke", "enken"], "enkemand": ["enkemand", "enkemanden"],
    "enebarn": ["enebarn"], "stedbarn": ["stedbarn", "stedbørn"],
    "plejebarn": ["plejebarn", "plejebørn"], "svoger": ["svoger", "svogeren", "svogre"],
    "svigerinde": ["svigerinde", "svigerinden"], "ægtepar": ["ægteparret"],
    # the -moder/-fader/-broder forms of the compounds: mormoderen, farbroderen
    "moder": ["moder", "moderen"], "fader": ["fader", "faderen"],
    "broder": ["broder", "broderen"],
    "mormoder": ["mormoder", "mormoderen"], "morfader": ["morfader", "morfaderen"],
    "farmoder": ["farmoder", "farmoderen"], "farfader": ["farfader", "farfaderen"],
    "morbroder": ["morbroder", "morbroderen"], "farbroder": ["farbroder", "farbroderen"],
    "oldeforældre": ["oldeforældre", "oldeforældrene"],
    "efterkommer": ["efterkommere", "efterkommerne"],
    # children: the plural definite is the patient's own children
    "børnene": ["børnene"],
}
FAMILY_DA_PREFIXES = ["sviger", "halv", "tvilling", "tvillinge", "papa", "pap", "bonus",
                      "pleje", "sted", "lille", "store", "storе", "yngste", "ældste",
                      "adoptiv", "mellem"]
FAMILY_DA_PREFIXABLE = ["mor", "far", "bror", "søster", "søn", "datter",
                        "forældre", "søskende", "moder", "fader", "broder"]
# Prefixes that make a relation of "barn"/"familie": bonusbarn, plejefamilie.
FAMILY_DA_CHILD_PREFIXES = ["bonus", "pap", "pleje", "sted", "adoptiv", "olde",
                            "tvilling", "tvillinge"]
FAMILY_DA_CHILD_FORMS = ["barn", "barnet", "børn", "børnene", "familie", "familien",
                         "familier", "søskende"]
FAMILY_DA_MARITAL = ["gift", "fraskilt", "separeret", "ugift", "enlig", "samlevende",
                     "nygift", "forlovet", "skilt", "genforenet", "single",
                     "barnløs", "barnløse", "nyskilt"]
# Need a possessive or a count to be a relative ("mand" is also "man").
FAMILY_DA_NEEDS_CONTEXT = ["mand", "manden", "børn", "barn", "barnet",
                           "kæreste", "partner", "partneren", "drenge",
                           "piger", "drengene", "pigerne", "dreng", "pige",
                           "drengen", "pigen", "teenagere", "teenagerne"]

FAMILY_EN = ["mother", "father", "mum", "mom", "dad", "brother", "sister",
             "brothers", "sisters", "son", "sons", "daughter", "daughters",
             "sibling", "siblings", "parents", "grandmother", "grandfather",
             "grandparents", "grandson", "grandsons", "granddaughter",
             "granddaughters", "grandchild", "grandchildren", "grandma",
             "grandpa", "aunt", "uncle", "aunts", "uncles", "cousin", "cousins",
             "niece", "nephew", "nieces", "nephews", "wife", "husband", "spouse",
             "widow", "widower", "twin", "twins", "stepson", "stepdaughter",
             "stepfather", "stepmother", "stepbrother", "stepsister",
             "half-brother", "half-sister", "halfbrother", "halfsister",
             "brother-in-law", "sister-in-law", "mother-in-law",
             "father-in-law", "son-in-law", "daughter-in-law",
             "brothers-in-law", "sisters-in-law", "fiancé", "fiancée",
             "fiance", "fiancee", "great-grandmother", "great-grandfather",
             "great-grandchild", "great-grandchildren", "only child",
             "married", "divorced", "separated", "widowed", "unmarried",
             "granny", "stepchildren", "stepchild", "childless", "foster child",
             "foster children", "foster parents", "foster family", "descendants",
             "great-grandson", "great-granddaughter", "grandnephew", "grandniece",
             "single", "ex-wife", "ex-husband", "ex-partner", "former wife",
             "former husband", "engaged"]
FAMILY_EN_NEEDS_CONTEXT = ["children", "child", "kids", "kid", "partner",
                           "boyfriend", "girlfriend", "boys",
                           "girls", "boy", "girl", "baby", "teenagers"]

OCCUPATIONS = {
    # word: class
    # crafts and industry
    "tømrer": "craft", "snedker": "craft", "murer": "craft", "maler": "craft",
    "elektriker": "craft", "vvs'er": "craft", "blikkenslager": "craft",
    "smed": "craft", "mekaniker": "craft", "automekaniker": "craft",
    "bygningsarbejder": "craft", "håndværker": "craft", "kloakmester": "craft",
    "brolægger": "craft", "tagdækker": "craft", "glarmester": "craft",
    "murermester": "craft", "tømrermester": "craft", "maskinarbejder": "craft",
    "svejser": "craft", "fabriksarbejder": "craft", "lagerarbejder": "craft",
    "ufaglært": "craft", "industriarbejder": "craft", "slagter": "craft",
    "bager": "craft", "konditor": "craft", "kok": "service", "tjener": "service",
    "frisør": "service", "kosmetolog": "service", "ekspedient": "service",
    "butiksassistent": "service", "kassedame": "service", "rengøringsassistent": "service",
    "pædagog": "teaching", "pædagogmedhjælper": "teaching", "dagplejer": "teaching",
    "lærer": "teaching", "skolelærer": "teaching", "folkeskolelærer": "teaching",
    "gymnasielærer": "teaching", "underviser": "teaching", "lektor": "teaching",
    "adjunkt": "teaching", "rektor": "teaching", "skoleleder": "teaching",
    "børnehaveklasseleder": "teaching", "professor": "teaching",
    "sygeplejerske": "health*", "sosu-assistent": "health", "sosu-hjælper": "health",
    "social- og sundhedsassistent": "health", "hjemmehjælper": "health",
    "jordemoder": "health", "tandlæge": "health", "fysioterapeut": "health",
    "ergoterapeut": "health", "farmaceut": "health", "apoteker": "health",
    "læge": "health*", "praktiserende læge": "health*", "dyrlæge": "health",
    "psykolog": "health", "bioanalytiker": "health", "radiograf": "health",
    "tandplejer": "health", "klinikassistent": "health", "ambulancebehandler": "health",
    "portør": "health", "jordemor": "health", "kiropraktor": "health",
    "landmand": "farming", "landbrugsmedhjælper": "farming", "gårdejer": "farming",
    "svineavler": "farming", "mælkeproducent": "farming", "gartner": "farming",
    "skovarbejder": "farming", "fisker": "farming", "skipper": "transport",
    "minkavler": "farming", "landmandsdatter": "farming",
    "chauffør": "transport", "lastbilchauffør": "transport", "buschauffør": "transport",
    "taxichauffør": "transport", "taxachauffør": "transport", "vognmand": "transport",
    "pilot": "transport", "styrmand": "transport", "matros": "transport",
    "kaptajn": "transport", "lokomotivfører": "transport", "togfører": "transport",
    "postbud": "transport", "kranfører": "transport", "færgekaptajn": "transport",
    "stewardesse": "transport", "flyveleder": "transport", "maskinmester": "transport",
    "politibetjent": "public", "betjent": "public", "politimand": "public",
    "brandmand": "public", "soldat": "public", "officer": "public",
    "sergent": "public", "fængselsbetjent": "public", "advokat": "office",
    "dommer": "public", "borgmester": "public", "politiker": "public",
    "folketingsmedlem": "public", "minister": "public", "præst": "public",
    "sognepræst": "public", "provst": "public", "biskop": "public", "imam": "public",
    "kirketjener": "public", "graver": "public", "organist": "arts",
    "kontorassistent": "office", "sekretær": "office", "bogholder": "office",
    "revisor": "office", "økonom": "office", "ingeniør": "office",
    "arkitekt": "office", "konsulent": "office", "direktør": "office",
    "administrerende direktør": "office", "mellemleder": "office",
    "it-konsulent": "office", "programmør": "office", "sælger": "office",
    "bankrådgiver": "office", "ejendomsmægler": "office", "jurist": "office",
    "journalist": "arts", "forfatter": "arts*", "musiker": "arts",
    "skuespiller": "arts", "kunstner": "arts", "billedkunstner": "arts",
    "fotograf": "arts", "sanger": "arts", "danser": "arts", "komponist": "arts",
    "cellist": "arts", "violinist": "arts", "pianist": "arts", "designer": "arts",
    "håndboldspiller": "sports", "fodboldspiller": "sports", "elitesportsudøver": "sports",
    "elitehåndboldspiller": "sports", "sportsudøver": "sports", "cykelrytter": "sports",
    "atlet": "sports", "træner": "sports", "svømmer": "sports", "bokser": "sports",
    "studerende": "student", "medicinstuderende": "student", "elev": "student",
    "gymnasieelev": "student", "lærling": "student", "ph.d.-studerende": "student",
    "selvstændig": "office", "selvstændig erhvervsdrivende": "office",
    "erhvervsdrivende": "office", "forsker": "office", "tolk": "office",
    "indehaver": "office", "ejer": "office", "landpost": "transport",
    "formand": "office", "næstformand": "office", "instruktør": "teaching",
    "hjemmesygeplejerske": "health", "kirurg": "health*",
    "speciallæge": "health*", "skibsfører": "transport",
    "fabrikant": "office", "købmand": "service",
    "tandtekniker": "health", "optiker": "health",
    # English
    "carpenter": "craft", "plumber": "craft", "electrician": "craft",
    "mechanic": "craft", "bricklayer": "craft", "welder": "craft",
    "builder": "craft", "painter": "craft", "butcher": "craft", "baker": "craft",
    "factory worker": "craft", "chef": "service", "cook": "service",
    "waiter": "service", "waitress": "service", "hairdresser": "service",
    "cleaner": "service", "shop assistant": "service", "cashier": "service",
    "teacher": "teaching", "schoolteacher": "teaching", "kindergarten teacher": "teaching",
    "headmaster": "teaching", "headteacher": "teaching", "lecturer": "teaching",
    "nurse": "health*", "midwife": "health", "dentist": "health",
    "physiotherapist": "health", "pharmacist": "health", "physician": "health*",
    "doctor": "health*", "surgeon": "health*", "psychologist": "health",
    "veterinarian": "health", "vet": "health", "paramedic": "health",
    "farmer": "farming", "fisherman": "farming", "fishermen": "farming",
    "gardener": "farming", "forester": "farming", "driver": "transport*",
    "taxi driver": "transport", "truck driver": "transport", "bus driver": "transport",
    "lorry driver": "transport", "pilot": "transport", "captain": "transport",
    "sailor": "transport", "seaman": "transport", "postman": "transport",
    "train driver": "transport", "flight attendant": "transport",
    "police officer": "public", "policeman": "public", "policewoman": "public",
    "firefighter": "public", "fireman": "public", "soldier": "public",
    "priest": "public", "vicar": "public", "pastor": "public", "bishop": "public",
    "mayor": "public", "politician": "public", "judge": "public",
    "lawyer": "office", "solicitor": "office", "accountant": "office",
    "engineer": "office", "architect": "office", "secretary": "office",
    "clerk": "office", "banker": "office", "salesman": "office",
    "programmer": "office", "software developer": "office", "consultant": "office*",
    "journalist": "arts", "writer": "arts*", "author": "arts*", "musician": "arts",
    "actor": "arts", "actress": "arts", "artist": "arts", "photographer": "arts",
    "singer": "arts", "dancer": "arts", "composer": "arts",
    "footballer": "sports", "football player": "sports", "athlete": "sports",
    "cyclist": "sports", "handball player": "sports", "coach": "sports",
    "student": "student", "law student": "student", "medical student": "student",
    "pupil": "student", "apprentice": "student", "researcher": "office",
    "scientist": "office", "professor": "teaching", "interpreter": "office",
    "self-employed": "office", "shopkeeper": "service", "entrepreneur": "office",
    "chairman": "office", "chairwoman": "office", "instructor": "teaching",
    "technician": "craft", "lab technician": "health",
    "hunter": "farming", "miner": "craft",
    "laboratory technician": "health", "lab technician": "health",
    "social worker": "public", "care worker": "health", "carer": "health",
    "civil servant": "public", "sales assistant": "service",
    # jobs and public roles of train2's writer and their kin
    "kioskejer": "service", "butiksejer": "service", "havnefoged": "public",
    "harbour master": "public", "harbor master": "public", "lokalpolitiker": "public",
    "politiker": "public", "byrådsmedlem": "public", "regionsrådsmedlem": "public",
    "folketingsmedlem": "public", "viceborgmester": "public", "borgmester": "public",
    "councillor": "public", "councilor": "public", "politician": "public",
    "kokkepige": "service", "mejerist": "farming", "skoleinspektør": "teaching",
    "overassistent": "office", "syerske": "craft", "dagplejemor": "teaching",
    "efterforsker": "public", "landsholdsroer": "sports", "roer": "sports",
    "urolog": "health*", "onkolog": "health*", "kirurg": "health*",
    "stewardess": "transport", "steward": "transport", "supervisor": "office",
    "biologist": "office", "marine biologist": "office", "swimmer": "sports",
    "presenter": "arts", "weather presenter": "arts", "defender": "sports",
    "goalkeeper": "sports", "rower": "sports", "headmaster": "teaching",
    "headteacher": "teaching", "pastor": "public", "vicar": "public",
    "lifeboat volunteer": "public", "lorry driver": "transport",
}
# A broader set of everyday jobs, for writers the corpora have not seen.
# Left out on purpose: words that are also common verbs, adjectives or
# surnames ("plejer", "løber", "bryder", "vagt", "svend", "jæger", "potter",
# "mason", "tailor"), and clinical roles that a case names as staff.
_OCC_MORE = {
    "craft": """vvs-montør vvs-installatør montør installatør elinstallatør
        maskinsnedker møbelsnedker bygningssnedker skibstømrer tømrersvend
        murersvend smedesvend klejnsmed kleinsmed grovsmed plastmager
        værktøjsmager urmager guldsmed sølvsmed skomager skrædder sadelmager
        bogbinder typograf litograf industrioperatør procesoperatør
        maskinoperatør entreprenør arbejdsmand rørlægger isolatør gulvlægger
        tæppelægger tagtækker stenhugger låsesmed autolakerer lakerer
        karosserismed pladesmed skibsbygger elektronikmekaniker flymekaniker
        cykelsmed hjulmager stilladsarbejder anlægsarbejder vindmøllemontør
        kranoperatør værkfører håndværksmester tækkemand stråtækker
        plasterer roofer joiner cabinetmaker stonemason glazier scaffolder
        tiler locksmith blacksmith metalworker steelworker machinist toolmaker
        pipefitter boilermaker shipbuilder dockworker docker longshoreman
        quarryman labourer laborer upholsterer seamstress dressmaker cobbler
        shoemaker jeweller jeweler watchmaker typesetter bookbinder weaver
        handyman decorator""",
    "craft2": """construction worker, building worker, coal miner, factory hand, mill worker, assembly worker, machine operator, shift worker, shipyard worker, oil rig worker, offshore worker, warehouse worker, warehouse operative, crane operator, forklift driver""",
    "service": """barista bartender servitrice opvasker receptionist portier
        dørmand sikkerhedsvagt kantinedame køkkenassistent husholderske
        barnepige rengøringsdame vinduespudser skorstensfejer kørelærer massør
        tatovør bedemand kioskassistent butikschef butiksleder grønthandler
        fiskehandler isenkræmmer blomsterhandler pizzabager smørrebrødsjomfru
        hotelreceptionist tjenerelev servicemedarbejder restauratør
        barman barmaid housekeeper housemaid nanny babysitter childminder
        concierge doorman bouncer caretaker janitor beautician manicurist
        masseur masseuse undertaker florist greengrocer grocer fishmonger
        confectioner winemaker vintner sommelier storekeeper salesperson
        saleswoman restaurateur hotelier publican innkeeper milkman dustman
        binman gravedigger""",
    "service2": """au pair, window cleaner, chimney sweep, tattoo artist, funeral director, shop owner, store owner, retail assistant, security guard, refuse collector, road sweeper, restaurant owner""",
    "teaching": """højskolelærer efterskolelærer privatlærer musiklærer faglærer
        skolepædagog fritidspædagog socialpædagog dagplejemoder
        børnehaveleder skolesekretær docent stipendiat bibliotekar pedel
        skolepedel viceskoleinspektør seminarielærer idrætslærer
        tutor librarian archivist curator""",
    "teaching2": """teaching assistant, nursery nurse, nursery teacher, preschool teacher, primary school teacher, secondary school teacher, music teacher, driving instructor, ski instructor, swimming instructor""",
    "health": """laborant sygehjælper plejehjemsassistent plejemedhjælper ambulanceredder
        ambulancefører tandklinikassistent fodterapeut zoneterapeut akupunktør
        chiropractor osteopath podiatrist optician optometrist""",
    "health2": """dental hygienist, dental nurse, care assistant, healthcare assistant, nursing assistant, speech therapist, occupational therapist, ambulance driver""",
    "farming": """landbruger agronom gårdmand husmand forpagter fodermester
        kvægavler planteavler biavler skovfoged skovrider dambruger
        fiskeopdrætter gartneriejer anlægsgartner skovejer godsejer proprietær
        dyrepasser hundetræner zookeeper
        farmhand shepherd rancher beekeeper trawlerman gamekeeper groundskeeper
        landscaper""",
    "farming2": """farm worker, farm labourer, farm hand, dairy farmer, fish farmer, tree surgeon, forest ranger, park ranger""",
    "transport": """lokofører flykaptajn andenpilot purser sømand søofficer
        skibsmekaniker dæksmand bådfører færgemand cykelbud pakkebud flyttemand
        truckfører gaffeltruckfører speditør taxavognmand buschauffør
        deckhand boatswain ferryman harbourmaster lifeguard coastguard courier
        chauffeur cabbie postwoman""",
    "transport2": """lighthouse keeper, postal worker, mail carrier, delivery driver, van driver, cab driver, bus conductor, train conductor, engine driver, airline pilot, air hostess, cabin crew, air traffic controller, flight engineer""",
    "public": """politiassistent politikommissær politiinspektør kriminalassistent
        kriminalbetjent fængselsfunktionær toldbetjent toldfunktionær tolder
        hjemmeværnsmand konstabel korporal oversergent løjtnant premierløjtnant
        oberstløjtnant oberst kaptajnløjtnant orlogskaptajn kommandør
        marinesoldat jægersoldat frømand værnepligtig diplomat ambassadør
        rådmand byrådspolitiker statsminister departementschef embedsmand
        tjenestemand kommunaldirektør kordegn kirkesanger diakon munk nonne
        rabbiner missionær dommerfuldmægtig landsdommer højesteretsdommer
        anklager statsadvokat
        constable detective sergeant lieutenant colonel corporal clergyman
        rabbi imam monk nun missionary deacon verger churchwarden diplomat
        ambassador senator alderman magistrate prosecutor barrister attorney
        paralegal notary""",
    "public2": """police constable, naval officer, army officer, prison officer, prison guard, customs officer, border guard, tax inspector, probation officer, youth worker, member of parliament""",
    "office": """kontorchef afdelingschef økonomichef salgschef marketingchef
        kommunikationschef bankdirektør bankassistent bankmand børsmægler
        aktiemægler forsikringsagent forsikringsmægler assurandør
        advokatfuldmægtig notar ejendomsadministrator vicevært arkivar
        kontorfuldmægtig kontormedarbejder bogholderske lønbogholder
        økonomiassistent regnskabschef finanschef administrationschef
        webdesigner grafiker softwareudvikler systemudvikler it-medarbejder
        it-chef it-supporter datalog systemadministrator netværkstekniker
        civilingeniør maskiningeniør bygningsingeniør landinspektør geolog
        kemiker fysiker matematiker biolog statistiker aktuar iværksætter
        forretningsmand forretningskvinde erhvervsmand grosserer fuldmægtig
        bookkeeper auditor actuary economist statistician stockbroker
        geologist chemist physicist mathematician botanist zoologist
        archaeologist historian translator publisher columnist broadcaster
        newsreader surveyor draughtsman draftsman businessman businesswoman
        typist""",
    "office2": """estate agent, real estate agent, insurance agent, insurance broker, bank clerk, bank manager, civil engineer, mechanical engineer, software engineer, web developer, it consultant, data scientist, graphic designer, office worker, office manager, store manager, shop manager, project manager, sales manager, marketing manager, personal assistant, quantity surveyor, managing director""",
    "arts": """skuespillerinde operasanger balletdanser danserinde illustrator
        billedhugger keramiker pottemager glaspuster digter lyriker
        romanforfatter chefredaktør tv-vært radiovært studievært kapelmester
        dirigent trompetist guitarist trommeslager bassist fløjtenist komiker
        filminstruktør teaterinstruktør scenograf kameramand tekstforfatter
        oversætter translatør fotomodel kunsthåndværker influencer
        poet novelist playwright screenwriter cartoonist sculptor ceramicist
        comedian magician conductor organist guitarist drummer bassist
        trumpeter cameraman camerawoman""",
    "arts2": """opera singer, ballet dancer, fashion designer, film director""",
    "sports": """golfspiller tennisspiller ishockeyspiller badmintonspiller
        maratonløber orienteringsløber kajakroer kapsejler jockey travkusk
        vægtløfter målmand fodboldtræner fitnessinstruktør gymnast skiløber
        landsholdsspiller
        golfer cricketer boxer wrestler sprinter yachtsman skier weightlifter
        referee umpire""",
    "sports2": """tennis player, rugby player, ice hockey player, marathon runner, personal trainer, fitness instructor""",
    "student": """praktikant kursist universitetsstuderende ingeniørstuderende
        trainee schoolgirl schoolboy""",
    "student2": """graduate student""",
}
for _cls, _words in _OCC_MORE.items():
    # "x2" lists hold multi-word jobs, comma-separated
    _sep = "," if _cls.endswith("2") else None
    for _w in _words.split(_sep):
        _w = " ".join(_w.split())
        if _w:
            OCCUPATIONS.setdefault(_w, _cls.rstrip("2"))
# Kasus' own additions, by DISCO-08 major group in spirit: everyday jobs of
# the Danish labour market in both languages. A class ending in "*" needs a
# person before it ("som fanger", "er frivillig"): the word is also a verb,
# an adjective or a role a case names as staff.
OCCUPATIONS_SUPPLEMENT = {
    "craft": """elektromekaniker industrimekaniker landbrugsmekaniker
        lastbilmekaniker bådebygger polstrer møbelpolstrer tapetserer
        gulvsliber maskinfører entreprenørmaskinfører kranfører
        stilladsmontør kølemontør automatiktekniker skibselektriker
        betonarbejder asfaltarbejder vejarbejder havnearbejder
        slagteriarbejder mejeriarbejder tekstilarbejder
        ortopædiskomager bogtrykker skræddermester
        slagtermester bagermester konditormester snedkermester
        elektrikermester malermester smedemester vvs-mand kloakarbejder
        ventilationsmontør tømrerlærling murerlærling smedelærling
        elektrikerlærling bagerlærling
        gasfitter steeplejack roofer lumberjack sawmiller
        panelbeater plasterer glassblower goldsmith silversmith""",
    "craft2": """panel beater, sheet metal worker, road worker, building labourer, pipe fitter, heating engineer, tool maker""",
    "service": """frisørmester herrefrisør damefrisør hundefrisør
        negletekniker neglestylist kosmetiker makeupartist bartender
        opvasker køkkenhjælper kantineassistent køkkenleder smørrebrødsdame
        butiksmedarbejder kasseassistent ekspeditrice ekspedient
        pizzabager grillbarejer pizzeriaejer kioskejer restaurantejer
        cafeejer kroejer kromand kroværtinde hotelejer campingpladsejer
        bedemand hjemmeservice rengøringsdame rengøringsmedarbejder
        turistguide guide* naturguide fjeldguide rejseleder rejseguide
        dørmand vagtmand sikkerhedsvagt skraldemand renovationsarbejder
        barber hairstylist stylist nailtechnician manicurist pedicurist
        barista bartender caterer croupier""",
    "service2": """tour guide, tourist guide, mountain guide, nail technician, beauty therapist, kitchen porter, care home worker, shop worker, bar owner, cafe owner, café owner, pub landlord""",
    "teaching": """dagplejemor dagplejefar pædagogmedhjælper
        børnehavepædagog vuggestuepædagog fritidspædagog skolelærer
        lærerinde musikpædagog danselærer sproglærer kørelærer
        ridelærer svømmelærer efterskolelærer gymnasielektor lektor
        adjunkt professor childminder""",
    "teaching2": """teaching assistant, learning support assistant, special needs teacher, school teacher, sports teacher, dance teacher""",
    "health": """sosu-hjælper sosu-assistent sosu-elev plejehjemsassistent
        hjemmehjælper hjemmesygeplejerske sygehjælper
        jordemoder jordemor tandlæge dyrlæge dyrlægen kliniktandlæge
        tandplejer tandklinikassistent optiker apoteker apotekerassistent
        farmakonom fodterapeut massør kiropraktor osteopat diætist
        ernæringsassistent""",
    "health2": """care worker, support worker, healthcare assistant, home help""",
    "farming": """fanger* fåreavler kvægavler svineavler minkavler
        pelsdyravler hønseavler fjerkræavler æggeproducent
        mælkeproducent planteavler frugtavler gartner væksthusgartner
        skovarbejder skovfoged fiskeskipper kutterskipper kystfisker
        garnfisker bundgarnsfisker rejefisker fiskeopdrætter muslingefisker
        ålefisker landbrugsmedhjælper fodermester svinepasser malker
        crofter shepherd shepherdess gamekeeper fisherman fisherwoman
        lobsterman stockman herdsman""",
    "farming2": """fishing boat skipper, trawler skipper, sheep farmer, pig farmer, mink farmer, fruit grower, market gardener""",
    "transport": """hundeslædefører slædefører taxichauffør taxachauffør
        lastvognschauffør langturschauffør budchauffør rutebilchauffør
        buschauffør lokomotivfører togfører havnelods
        færgemand færgemanden færgekaptajn skibsfører skibsmaskinist
        maskinist styrmand bådsmand dæksdreng kok-matros fiskeskipper
        flyveleder flymekaniker stewardesse steward kabinepersonale
        postbud landpost postbudet pakkebud cykelbud kurér
        trucker chauffeur dispatcher deckhand pilot""",
    "transport2": """dog-sled driver, dog sled driver, sled driver, long-haul truck driver, lorry driver, delivery driver, marine pilot, harbour pilot, harbor pilot, ship's captain, ferry captain, ferry worker, train conductor, tram driver""",
    "public": """politibetjent politiassistent politimand politikvinde
        betjent brandmand brandkvinde ambulanceredder
        fængselsbetjent soldat sergent konstabel officer kaptajn
        byrådsmedlem regionsrådsmedlem folketingsmedlem borgmester
        viceborgmester rådmand sognepræst præst provst biskop imam
        rabbiner kordegn kirketjener graver socialrådgiver*
        sagsbehandler* skoleinspektør kommunaldirektør dommer
        firefighter policeman policewoman constable
        soldier sergeant paratrooper sapper coastguard
        councillor councilor mayor judge magistrate vicar rector
        priest rabbi imam bishop""",
    "public2": """social worker, youth worker, probation officer, prison officer, traffic warden, parking attendant, fire officer, member of parliament, local councillor, parish priest""",
    "office": """bogholder revisor revisorassistent advokatsekretær
        advokatfuldmægtig ejendomsmægler boligudlejer bankrådgiver
        finansrådgiver forsikringsrådgiver økonom ingeniør arkitekt
        landinspektør programmør systemudvikler webudvikler
        it-supporter it-tekniker dataanalytiker konsulent
        selvstændig* sekretær* tolk* oversætter
        accountant bookkeeper auditor banker economist actuary lawyer
        solicitor barrister paralegal architect surveyor engineer
        programmer interpreter* secretary*""",
    "office2": """tax adviser, tax advisor, financial adviser, financial advisor, insurance agent, bank clerk, office clerk""",
    "arts": """skuespiller skuespillerinde musiker cellist violinist
        bratschist kontrabassist pianist organist trompetist hornist
        fløjtenist obospiller klarinettist fagottist slagtøjsspiller
        sanger sangerinde operasanger korsanger dirigent komponist
        maler billedkunstner billedhugger keramiker glaskunstner
        smykkekunstner grafiker illustrator fotograf journalist
        redaktør forfatter digter tekstforfatter oversætter
        skuespiller danser balletdanser koreograf instruktør
        tv-vært radiovært studievært nyhedsvært vejrvært
        cellist violinist violist pianist flautist oboist clarinettist
        bassoonist trumpeter trombonist percussionist harpist organist
        chorister choreographer illustrator cartoonist
        reporter broadcaster presenter newsreader""",
    "arts2": """principal cellist, principal violinist, session musician, church organist, tv presenter, radio presenter, news anchor, film director, stage actor""",
    "sports": """elitesvømmer elitecykelrytter eliteløber elitespiller
        håndboldspiller fodboldspiller ishockeyspiller badmintonspiller
        tennisspiller golfspiller volleyballspiller basketballspiller
        landsholdsspiller kontraktspiller ungdomslandsholdsspiller
        cykelrytter rytter roer kajakroer
        kapsejler maratonløber orienteringsløber
        bokser bryder* judoka atlet sprinter svømmer træner*
        fodboldtræner håndboldtræner svømmetræner målmand
        footballer goalkeeper midfielder striker handballer cyclist
        jockey golfer swimmer rower canoeist kayaker athlete coach*
        sprinter boxer wrestler skier snowboarder""",
    "sports2": """professional footballer, football player, handball player, tennis player, ice hockey player, national team player, elite swimmer, elite athlete, professional cyclist, racing driver""",
    "student": """gymnasieelev hf-elev htx-elev hhx-elev efterskoleelev
        folkeskoleelev skoleelev lærling elev studerende
        sygeplejestuderende medicinstuderende jurastuderende
        pædagogstuderende lærerstuderende ingeniørstuderende
        universitetsstuderende ph.d.-studerende
        schoolgirl schoolboy pupil undergraduate postgraduate
        apprentice trainee""",
    "student2": """nursing student, medical student, law student, university student, college student, phd student""",
}
# the broad groups the scanner offers as a replacement ("håndværker",
# "selvstændig") name no one
OCCUPATIONS_REMOVED = ["håndværker"]
for _cls, _words in OCCUPATIONS_SUPPLEMENT.items():
    _sep = "," if _cls.endswith("2") else None
    for _w in _words.split(_sep):
        _w = " ".join(_w.split())
        if not _w:
            continue
        if _w.endswith("*"):
            OCCUPATIONS[_w[:-1]] = _cls.rstrip("2") + "*"
        else:
            OCCUPATIONS.setdefault(_w, _cls.rstrip("2"))
for _w in OCCUPATIONS_REMOVED:
    OCCUPATIONS.pop(_w, None)
# Heads of Danish compounds: "elitehåndboldspiller", "lastbilchauffør".
OCCUPATION_HEADS_DA = {
    "lærer": "teaching", "pædagog": "teaching", "arbejder": "craft",
    "mester": "craft", "medhjælper": "service", "assistent": "service",
    "chauffør": "transport", "fører": "transport", "spiller": "sports",
    "præst": "public", "betjent": "public", "konsulent": "office",
    "ingeniør": "office", "direktør": "office", "sælger": "office",
    "mekaniker": "craft", "tekniker": "craft", "montør": "craft",
    "smed": "craft", "handler": "office", "avler": "farming",
    "studerende": "student", "elev": "student", "leder": "office",
    "kaptajn": "transport", "skipper": "transport", "ekspedient": "service",
    "sygeplejerske": "health", "terapeut": "health", "rådgiver": "office",
    "udøver": "sports", "rytter": "sports", "træner": "sports",
    "musiker": "arts", "kunstner": "arts", "sanger": "arts",
    "redaktør": "arts", "fotograf": "arts", "landmand": "farming",
    "instruktør": "teaching", "fisker": "farming",
    "svømmer": "sports", "politiker": "public", "forsker": "office",
    "inspektør": "public", "foged": "public", "ejer": "service",
    "indehaver": "service",
    # møbelsnedker, anlægsgartner, kontorchef, skomager, ejendomsmægler ...
    "snedker": "craft", "tømrer": "craft", "murer": "craft", "mager": "craft",
    "operatør": "craft", "gartner": "farming", "chef": "office",
    "mægler": "office", "advokat": "office", "udvikler": "office",
    "dommer": "public", "officer": "public", "soldat": "public",
    "designer": "arts", "danser": "arts", "pilot": "transport",
    "bager": "service",
    # murerlærling, udenrigsminister, landsformand, lokalradiovært,
    # husdramatiker, telefonreceptionist, kunstmaler
    "lærling": "craft", "minister": "public", "formand": "public",
    "vært": "arts", "dramatiker": "arts", "receptionist": "office",
    "maler": "craft", "meteorolog": "arts",
    # svinepasser, dyrepasser; landpostbud
    "passer": "farming", "postbud": "transport",
}
# Kasus' additions: hjemmehjælper, turistguide, sælfanger, overtjener,
# krimiforfatter, sportsjournalist, advokatfuldmægtig, landskabsarkitekt,
# herrefrisør, domkirkeorganist, letmatros
OCCUPATION_HEADS_DA_SUPPLEMENT = {
    "hjælper": "service", "guide": "service", "fanger": "farming",
    "tjener": "service", "forfatter": "arts", "journalist": "arts",
    "fuldmægtig": "office", "arkitekt": "office", "frisør": "service",
    "organist": "arts", "matros": "transport", "jordemoder": "health",
    "revisor": "office", "bogholder": "office", "programmør": "office",
    "konstabel": "public", "lektor": "teaching", "agent": "office",
    "slagter": "craft", "pædagogstuderende": "student",
}
OCCUPATION_HEADS_DA.update(OCCUPATION_HEADS_DA_SUPPLEMENT)
# English heads inside multi-word jobs: "ferry captain", "law student".
OCCUPATION_HEADS_EN = {
    "captain": "transport", "driver": "transport*", "student": "student",
    "teacher": "teaching", "worker": "craft", "player": "sports",
    "engineer": "office", "manager": "office", "officer": "public",
    "assistant": "service", "operator": "craft", "technician": "craft",
    "farmer": "farming", "fisherman": "farming", "instructor": "teaching",
    "attendant": "service", "clerk": "office", "mechanic": "craft",
    "inspector": "public", "designer": "arts", "electrician": "craft",
    "administrator": "office", "labourer": "craft", "laborer": "craft",
    "developer": "office", "hygienist": "health", "owner": "service",
}

TITLES = {
    # title: "pre" precedes a name; "staff" is a clinician's role
    "dr.": "pre", "dr": "pre", "doktor": "pre", "prof.": "pre", "professor": "pre",
    "ovl.": "pre", "overlæge": "pre", "afdelingslæge": "pre", "afd.læge": "pre",
    "reservelæge": "pre", "1. reservelæge": "pre", "klinisk assistent": "pre",
    "læge": "pre", "sygeplejerske": "pre", "spl.": "pre", "syg.": "pre",
    "kontaktsygeplejerske": "pre", "sekretær": "pre", "lægesekretær": "pre",
    "psykolog": "pre", "fysioterapeut": "pre", "genetisk rådgiver": "pre",
    "hr.": "pre", "fru": "pre", "frk.": "pre", "mr.": "pre", "mr": "pre",
    "mrs.": "pre", "mrs": "pre", "ms.": "pre", "ms": "pre", "miss": "pre",
    "sir": "pre", "nurse": "pre", "consultant": "pre", "registrar": "pre",
    "kollega": "pre", "kollegaen": "pre", "cand.med.": "pre", "stud.med.": "pre",
    "ph.d.": "pre", "phd": "pre", "md": "pre", "tovholder": "pre",
    "koordinator": "pre", "patient": "pt", "patienten": "pt", "pt.": "pt",
    "pt": "pt", "pat.": "pt", "pte.": "pt", "pts.": "pt",
    # the tokenizer splits the dot off: "prof. Nielsen" is "prof" "."
    "prof": "pre", "ovl": "pre", "spl": "pre", "frk": "pre",
    "speciallæge": "pre",
}

# ---------------------------------------------------------------------------
# Supplements: Kasus' own additions that were first made by hand in
# resources/rules/ (with the scanner rules of commit 1349600: names after
# titles, relatives and attendee lists) and now live here, so that this
# script reproduces the committed lexicons. The files' headers already name
# the Kasus authors as the source of these lists. Add new entries here, never
# in resources/rules/ (tests: lexicons-current).

# titles.txt: the tokenizer splits the dot off, so "hr. Jensen" reaches the
# title rule as "hr" "." (like "prof", "ovl", "spl", "frk" above); "hr" makes
# what follows a person even when it is a word ("hr. Smed", "Hr. Møller").
TITLES_SUPPLEMENT = {
    "hr": "pre",
}

# family-da.txt: the fiancé(e) ("hans forlovede", "forloveden") is a relative
# like "kæreste". All forms are listed, and they are added after the genitive
# pass below, so "forlovedens" is not made.
FAMILY_DA_SUPPLEMENT = {
    "forlovede": "r", "forloveden": "r", "forlovedes": "r",
    # children by age ("to teenagedøtre") and a marriage's anniversary
    # ("holde sølvbryllup"): both tell the family
    "teenagedatter": "r", "teenagedøtre": "r", "teenagesøn": "r",
    "teenagesønner": "r", "teenagebørn": "r", "teenagedatteren": "r",
    "teenagesønnen": "r", "teenagebørnene": "r",
    "sølvbryllup": "m", "guldbryllup": "m", "diamantbryllup": "m",
    "sølvbrylluppet": "m", "guldbrylluppet": "m",
    # written without æ, ø, å on a keyboard that lacks them
    "soen": "r", "soennen": "r", "soenner": "r", "soennerne": "r",
    "soester": "r", "soesteren": "r", "soestre": "r", "soestrene": "r",
    "boernene": "r", "boernebarn": "r", "boernebørn": "r", "doetre": "r",
    "doetrene": "r", "broedre": "r", "broedrene": "r", "svigersoen": "r",
    "svigersoennen": "r", "barnebarn": "r",
}

# medical-terms.txt: abbreviations that come up in attendee lists and
# "Discussed:"/"Emne:" lines, where an upper-case word is otherwise read as a
# person's initials or a name ("Deltagere: MTK, ...", "PARP inhibitor").
# Like MEDICAL_TERMS they also keep these words out of the name and place
# lists (no name or place source has them, so those lists do not change).
MEDICAL_TERMS_SUPPLEMENT = [
    # conferences: molecular tumour board, multidisciplinær teamkonference
    "mtb", "mtk",
    # a diagnosis and a drug target: head and neck squamous cell carcinoma,
    # poly(ADP-ribose) polymerase (PARP inhibitors)
    "hnscc", "parp",
]

# names-first.txt / names-last.txt: given names and surnames of communities
# in Denmark that the Danish and US sources hardly have (Ukrainian, Russian,
# Polish, Turkish, Kurdish, Arabic, Somali, Tamil, Vietnamese, Greenlandic,
# Faroese, Bosnian and other Balkan, East and West African, Eritrean,
# Persian/Afghan, Filipino and Thai names), written with and without their
# diacritics. They count as well-known names ("" in the lexicon) unless they
# are ordinary words too; the *_RARE lists (short Vietnamese and Chinese
# syllables, names that read as words or abbreviations) are names only in
# context ("r").
FIRST_NAMES_SUPPLEMENT = """
ask birk bjørk storm sol alfa saga otto kalle cem cemile gökçe gokce tülay tulay
oksana iryna iryna yuliia yulia yuliya svitlana oleksandr olena olha olga tetiana
tetyana nataliia natalia nataliya kateryna mariia anastasiia viktoriia daryna
sofiia khrystyna halyna liudmyla lyudmila ludmila valentyna valentina nadiia
nadezhda larysa larisa inna alla zoia lesia ivanna vira tamara hanna polina alina
alona yana yevheniia ievgeniia evgenia olesia maryna ksenia kseniia oleh oleg
andrii andriy dmytro dmitri dmitry serhii sergei sergey serhiy volodymyr vladimir
mykola nikolai yurii yuri vasyl vasily petro pavlo bohdan taras maksym maxim
mykhailo mikhail viktor vitalii vitaliy vitaly ihor igor yaroslav stanislav
anatolii anatoly valerii valery vadym vadim artem denys kostiantyn konstantin
yevhen evgeny yevgeny ruslan rostyslav bohdana sasha nastia nastya olya dasha
katya masha vova misha kolya borys hryhorii grigory fedir fyodor semen semyon
arsenii arseniy danylo nazar kyrylo kirill matvii tymofii timofey zakhar illia
ilya yaroslava myroslava solomiia zlata uliana ulyana svetlana tatiana tatyana
yekaterina ekaterina irina oxana galina valeria yelena lyubov liubov vasylyna
zuzanna agnieszka małgorzata malgorzata katarzyna joanna magdalena dorota beata
justyna paulina karolina weronika wiktoria zofia alicja oliwia iwona jolanta
grażyna grazyna bożena bozena krystyna halina danuta elżbieta elzbieta renata
urszula wioletta sylwia edyta żaneta zaneta kinga izabela martyna klaudia
patrycja marzena piotr krzysztof tomasz paweł pawel michał michal marcin łukasz
lukasz grzegorz wojciech mateusz jakub kamil szymon bartosz dariusz mariusz
rafał rafal przemysław przemyslaw sławomir slawomir zbigniew jerzy andrzej
stanisław stanislaw tadeusz ryszard kazimierz janusz leszek wiesław wieslaw
jacek dawid maciej kacper franciszek mikołaj mikolaj witold zdzisław zdzislaw
czesław czeslaw mirosław miroslaw radosław radoslaw jarosław jaroslaw bronisław
henryk jadwiga genowefa stanisława wanda aneta ewelina dagmara roksana
ayşe ayse emre fatma zeynep elif emine hatice merve büşra busra esra özlem ozlem
gülsüm gulsum gülay gulay hülya hulya sevgi serpil songül songul derya dilek ebru
ece eda selin sibel tuğba tugba yasemin nurcan filiz aysel aynur meryem şule
sule pınar pinar gamze gizem kübra kubra ceren nazlı nazli nesrin nilüfer
nilufer sevim sevda türkan turkan zehra hacer havva rabia mehmet ahmet hüseyin
huseyin ibrahim ismail murat ömer omer ramazan halil süleyman suleyman mahmut
recep salih kemal kadir metin orhan erkan serkan volkan hakan burak onur emin
fatih gökhan gokhan uğur ugur cengiz tolga tuncay yasin yavuz oğuz oguz barış
baris kaan kerem mert berk arda efe eren ege umut levent erdal erol ercan selim
sinan taner tayfun cihan cemal bülent bulent ferhat serdar sezer ozan özgür
ozgur kenan nihat necati yunus zeki rojda berfin dilan zilan rojin şervan
servan serhat welat azad rêber reber delal helin hêvî hevi jiyan rezan shilan
sherko kawa karwan rebwar hemin soran zinar hozan nurhan gülten gulten
mohammad mohammed muhammad mohamed mohamad ahmad ahmed hussein husein hassan
hasan yousef youssef yusuf omar osman abdullah abdallah abdul abdulrahman
abdelkader abdirahman khalid khaled walid waleed tariq tarek samir sameer
bilal hamza ibrahim karim kareem mustafa mostafa nabil nasser rami ramy ziad
zaid zakaria jamal fadi fady hadi majid mahmoud mahmud mahdi mehdi hamid
saeed said sami amjad anas ayman bassam haitham hisham imad iyad jihad
louay marwan mazen moaz muhannad nizar osama qasim raed ryad sufian wael yahya
fatima fatemeh aisha aysha ayesha mariam maryam zainab zaynab khadija khadijah
amina aminah hiba huda iman layla leila lina nour noor rania rana reem rim
salma samira sara sarah yasmin yasmina zahra zahraa hala hanan heba nadia
nadine noura rasha rawan ruba suha wafa dalia dima ghada hind lamia loubna
maha manal mona najwa nawal ola rima sahar samar sawsan shaima shireen souad
xamse cabdi cabdullahi maxamed xasan xuseen faadumo khadiija hodan ubah sahra
ayaan nimco hibaaq ifrah ilhan warsame abdikarim abdirizak abdiwali mohamud
hirsi guled liban mahad bashir deeqa hamdi ikran sagal safiya hawa halimo
shukri dahir abdulkadir sucaad cawo caasha xaliimo maryan ismaaciil cabdiraxmaan
farhiya fardowsa hinda hamse mahamed abdiaziz abdinasir abdiqani
tharshini kajan tharshan thushanthi priya nirosha niroshan kajanan kajani
thanushan thusyanthan pirasanth prashanth prasanna sathees satheesh suresh
ramesh rajesh gajan gajendran thiviya thivya kavitha kavya vithya vithusha
sharmila sinthuja sinthu mathura mathumitha abirami anusha anushan aravinth
bavani dharshika dinesh ganesh gowri jeyanthi kalaivani keerthana kirushanthi
kobika lavanya luxshan logini mayuran nishanthi nivetha pavithra pirashanth
piraveen pradeep ragavan rajeswari revathi sangeetha saranya sasikala
shanthi sivapriya sujatha sutharsan tharmini thulasi vaishnavi vasanthi vinoth
yalini yathusha kishore nitharsan sajeevan sajeetha thanuja jathusan janani
kirushanth mithun niranjan piratheepan sanjeev thayalan thayaparan thevaki
vasuki yogeswari mahesh sasikumar tharsika thushara
nguyễn trần phạm hoàng huỳnh đặng bùi đỗ ngô dương trương đinh đoàn lương
thị văn đức hữu ngọc thúy thủy hương hằng phương tùng tuấn dũng hùng cường
thắng hải sơn khánh huệ hạnh nhung oanh thảo yến hiền hồng huyền liên mỹ
quỳnh tâm thư trâm uyên xuân bảo công đạt hiếu lộc mạnh nghĩa phúc quân quốc
tài thành thịnh tiến toàn trí việt thuy huong phuong trang linh tuan cuong
thang khanh nhung oanh thao hien huyen quynh xuan hieu nghia phuc thinh tien
aputsiaq kunuk ivalo nivi inuk aqqaluk pipaluk naja nuka paninnguaq arnaq
ujarak tupaarnaq kuluk minik angunnguaq ivaana aviaja usunguaq qivioq
nukannguaq ukaleq kaali najaaraq ulloriaq taateraaq manumina qupanuk ittu
uiloq nivikka aqqalu salik pavia malu nuuka aaju hansigne arnannguaq kiiu
sunneva rúni runi rógvi sjúrður sjurdur jógvan jogvan heðin hedin bárður
bardur guðrun gudrun turið turid ólavur olavur eyð eyðun eydun høgni hanus
tróndur trondur brandur súsanna beinta marjun kári rannvá óluva oluva gunnvá
ásla jákup jakup petur símun simun sámal samal regin fríði tórur jónleif
steintór eirikur leivur durita hjalgrím sólrun solrun guðrið ragnvá
lejla amra amela emina merima aida edina elma jasmina mirela sanela samra
azra adnan amir emir edin jasmin haris mirza nermin senad almir damir admir
nedim tarik dženan dzenan džana dzana ajla ajna dženana nejra lamija zlatan
goran dragan zoran dejan nikola ivana jelena milica snežana snezana vesna
dragana mirjana branka ljiljana mersiha fikreta hajrudin muhamed enes kemal
sead semir sabina selma dino vedran nenad miroslav slobodan
mwangi otieno ochieng odhiambo onyango kamau kariuki njoroge wanjiru wanjiku
achieng akinyi atieno kiprop kipchoge cheruiyot chebet mutua musyoka wambui
nyambura njeri muthoni wairimu waweru omondi ouma owino okoth kimani githinji
macharia ndungu gitau kiplagat langat korir kibet ngugi nyokabi wafula wekesa
barasa baraka zawadi neema chinedu ngozi chioma emeka obinna uchenna ifeoma
adaeze nnamdi olumide babatunde folake funmilayo yetunde temitope oluwaseun
chukwuemeka ikenna adebayo kwame kofi kwabena akosua abena ama yaw esi ama
yonas tesfaye tesfay berhane mehari tekle kidane semere filmon senait selam
tsega yordanos rahel mebrahtu habte weldu dawit yohannes mussie ermias robel
biniam tsegay medhanie luwam winta freweini hiwet abrehet tsion mekdes
hamidullah ahmadullah zabihullah najibullah habibullah ehsan farhad farid
fereshteh farzaneh shirin parisa roya mahsa mina nasrin soraya zahra homa
behnaz golnar azadeh kourosh dariush babak behrouz hossein reza ali-reza
alireza amirhossein arash kamran mehran payam ramin shahram siamak
sohrab navid nima pouya omid parviz javad morteza mojtaba masoud
gulalai malalai zarghona wahida sima fariba nilofar shabnam
imran irfan asif adeel faisal kashif naveed shahid tahir usman waqas zeeshan
shazia nazia rukhsana fozia saima tahira nasreen
maricel marites jennylyn rowena rhodora maribel analyn jocelyn
jonalyn leonila erlinda teresita remedios rodrigo rogelio reynaldo
somchai somsak siriporn suda malee nok ploy pim kanya wanida
vytautas jonas rasa aušra ausra giedrė giedre rūta ruta laima dainius
mindaugas darius ieva inga jurgita kristina aistė aiste egle eglė
ionuț ionut andreea ioana mihaela alexandru mihai cătălin catalin
florin gheorghe vasile ionela
"""
FIRST_NAMES_RARE_SUPPLEMENT = """
thu nam lan mai hoa minh anh hung tung dung long son hai hang thi van duc huu
ngoc thanh quang binh vinh tam nga vy ha hoang le ly vu vo ho do
jia wei li ming hui yan jun ying xiao lei jing
can nur ela ali ada emin
"""
LAST_NAMES_SUPPLEMENT = """
bondarenko tkachenko shevchenko kovalenko boiko boyko kravchenko koval
kovalchuk oliinyk oliynyk shevchuk polishchuk bondar tkachuk marchenko rudenko
savchenko moroz lysenko petrenko klymenko pavlenko kravets melnyk melnik
kuzmenko ponomarenko kozak vasylenko karpenko levchenko kharchenko sydorenko
ivanenko yakovenko hrytsenko romanenko zinchenko panchenko martynenko
nazarenko mazur tkach kushnir honcharenko honchar symonenko prykhodko kostenko
demchenko fedorenko ostapenko semenko lytvynenko lytvyn doroshenko hnatiuk
yurchenko vakulenko dmytrenko stepanenko hrytsak ivanov ivanova petrov
petrova smirnov smirnova kuznetsov kuznetsova popov popova sokolov sokolova
lebedev kozlov novikov morozov volkov volkova fedorov mikhailov pavlov semenov
vasiliev zaitsev orlov sidorov romanov makarov egorov nikolaev kovalev ilyin
gusev titov kuzmin belov frolov medvedev antonov tarasov zhukov baranov
filippov komarov melnikov vinogradov bogdanov vorobiev stepanov yakovlev
grigoriev romanova melnychuk savchuk martyniuk kovalyk stasiuk prokopenko
hordiienko lukianenko tymoshenko andriichuk ivanchuk hnatyuk
nowak kowalski kowalska wiśniewski wiśniewska wisniewski wisniewska wójcik
wojcik kowalczyk kamiński kaminski kamińska kaminska lewandowski lewandowska
zieliński zielinski zielińska zielinska szymański szymanski szymańska
woźniak wozniak dąbrowski dabrowski dąbrowska dabrowska kozłowski kozlowski
jankowski wojciechowski kwiatkowski krawczyk kaczmarek piotrowski grabowski
zając zajac pawłowski pawlowski michalski król wieczorek jabłoński jablonski
wróbel wrobel nowakowski majewski olszewski stępień stepien malinowski
jaworski adamczyk dudek nowicki pawlak górski gorski witkowski walczak
sikora rutkowski michalak szewczyk ostrowski tomaszewski pietrzak zalewski
wróblewski wroblewski marciniak jasiński jasinski zawadzki jakubowski
sadowski włodarczyk wlodarczyk chmielewski borkowski sokołowski sokolowski
szczepański szczepanski sawicki kucharski kalinowski wysocki mazurek kubiak
kołodziej kolodziej czarnecki sobczak konieczny urbański urbanski głowacki
glowacki zakrzewski krajewski adamski mróz kaczmarczyk ziółkowski ziolkowski
gajewski mazurkiewicz szulc baranowski laskowski makowski przybylski nowacki
lewicki domański domanski kowalewski jasińska
yılmaz yilmaz demir şahin sahin çelik celik yıldız yildiz yıldırım yildirim
öztürk ozturk aydın aydin özdemir ozdemir arslan doğan dogan kılıç kilic
aslan çetin cetin koç özkan ozkan şimşek simsek polat korkmaz erdoğan
erdogan güneş gunes aksoy tekin acar özer ozer karaca ünal unal güler guler
bozkurt uçar ucar keskin tunç tunc çakır cakir aktaş aktas avcı avci
sarı altun yüksel yuksel kalkan erdem işık isik kocabaş kahraman karataş
karatas karakaya coşkun coskun aktürk akturk gündoğdu gundogdu baysal topal
yazıcı yazici uysal karadağ karadag karaman başaran basaran ateş ates güven
guven ekinci akın akgül akgul soylu karakuş karakus sönmez sonmez demirci
demirel kocaoğlu kocaoglu karaoğlu karaoglu osmanoğlu osmanoglu hacıoğlu
hacioglu bayraktar kılınç kilinc çiftçi ciftci kurtuluş kurtulus aydoğan
aydogan eroğlu eroglu özcan ozcan yalçın yalcin kaplan
sivakumar thavarajah sivarajah kanagaratnam jeyakumar ratnam selvarajah
balasubramaniam tharmalingam nadarajah kandiah ganeshan arulanantham
rajendran muthulingam sriskandarajah sinnathamby ponnuthurai yogarajah
kumaran sivanesan vijayakumar shanmugam thiruchelvam jegatheesan mahendran
logeswaran sathananthan rasiah suntharalingam sivagnanam thambirajah
kanapathipillai velupillai arumugam subramaniam krishnapillai nagarajah
paramanathan rajaratnam sivapalan thillainathan varatharajah yogalingam
kathirgamanathan ariyaratnam sabaratnam kulendran pathmanathan ravindran
sritharan manoharan jeyaseelan sivasubramaniam ketheeswaran vigneswaran
balachandran thevarajah navaratnam selvanayagam somasundaram gnanapragasam
nguyen tran pham huynh phan truong dinh doan luong duong ngo
lê vũ võ hồ lý
mwangi otieno ochieng odhiambo onyango kamau kariuki njoroge wanjiru
omondi ouma owino okoth kimani githinji macharia ndungu gitau kiplagat
rotich langat korir kibet ngugi wafula wekesa barasa cheruiyot mutua
nwosu okafor adebayo okonkwo okeke chukwu adeyemi ogunleye afolabi
balogun obi eze mensah boateng asante owusu osei appiah
ghebremedhin gebremedhin teklehaimanot tesfamariam haile berhe kidane
tekle mehari habte gebre weldemichael woldemariam
hodžić hodzic hadžić hadzic mehmedović mehmedovic kovačević kovacevic
delić delic begić begic hasanović hasanovic halilović halilovic husić husic
omerović omerovic ibrahimović ibrahimovic mujić mujic jovanović jovanovic
petrović petrovic nikolić nikolic marković markovic đorđević djordjevic
stojanović stojanovic ilić ilic popović popovic babić babic horvat
kovačić kovacic jurić juric marić maric hadžiomerović suljić suljic
kleist lynge heilmann berthelsen motzfeldt lyberth kreutzmann egede
chemnitz rosing kleemann sandgreen enoksen skifte hammeken siegstad
jeremiassen kuko zeeb fleischer
joensen djurhuus niclasen ellefsen zachariasen johannesen
ahmadi hosseini mohammadi rezaei karimi rahimi hashemi sadeghi moradi
mousavi jafari hosseinzadeh azizi noori sharifi amiri habibi haidari
popal wardak stanekzai rahmani sultani
hussain hussein khan malik qureshi chaudhry chaudhary butt rana iqbal
akhtar siddiqui sheikh mirza raza
al-hassan al-ahmad al-ali abdullahi warsame hirsi farah jama aden egal
samatar dualeh yusuf abdi ahmed omar
"""
NAMES_DEMOTED = "thu nam na"
LAST_NAMES_RARE_SUPPLEMENT = """
le vu vo ho ly do kara kurt
"""

# Capitalised words that are never a person or a place: drugs, regimens,
# trials, assays, tests, scores, and medical vocabulary that the word lists
# miss.
MEDICAL_TERMS = """
carboplatin cisplatin oxaliplatin pemetrexed pembrolizumab nivolumab ipilimumab
atezolizumab durvalumab cemiplimab dostarlimab crizotinib alectinib brigatinib
lorlatinib ceritinib entrectinib larotrectinib repotrectinib osimertinib erlotinib
gefitinib afatinib dacomitinib amivantamab mobocertinib sotorasib adagrasib
dabrafenib trametinib vemurafenib cobimetinib encorafenib binimetinib olaparib
niraparib rucaparib talazoparib enzalutamide abiraterone apalutamide darolutamide
docetaxel cabazitaxel paclitaxel nab-paclitaxel gemcitabine capecitabine
fluorouracil irinotecan folfox folfiri folfoxiri folfirinox mfolfirinox capox
xelox bevacizumab cetuximab panitumumab trastuzumab pertuzumab t-dm1 t-dxd
lapatinib tucatinib neratinib palbociclib ribociclib abemaciclib fulvestrant
letrozole anastrozole exemestane tamoxifen everolimus alpelisib capivasertib
imatinib dasatinib nilotinib ponatinib bosutinib asciminib venetoclax
azacitidine decitabine cytarabine daunorubicin idarubicin midostaurin gilteritinib
quizartinib ivosidenib enasidenib blinatumomab inotuzumab rituximab obinutuzumab
ibrutinib acalabrutinib zanubrutinib lenalidomide pomalidomide thalidomide
bortezomib carfilzomib daratumumab isatuximab melphalan cyclophosphamide
doxorubicin epirubicin ifosfamide etoposide vincristine vinorelbine vinblastine
dactinomycin temozolomide lomustine carmustine procarbazine methotrexate
pazopanib sunitinib sorafenib regorafenib cabozantinib lenvatinib axitinib
tivozanib selpercatinib pralsetinib capmatinib tepotinib erdafitinib pemigatinib
futibatinib infigratinib selumetinib belzutifan lutetium dexamethasone
prednisolone prednison ondansetron filgrastim pegfilgrastim zoledronsyre
denosumab leuprorelin goserelin degarelix bicalutamide mitotane streptozocin
everolimus sirolimus tacrolimus ciclosporin hydroxyurea ruxolitinib fedratinib
luspatercept arsenic atra tretinoin hidac vide vac vdc ie ec fec tc abvd beacopp
chop r-chop da-epoch bep pcv stupp folfox4 flot eox ecf tip gdp ice dhap
keytruda opdivo yervoy tagrisso lynparza zejula tecentriq imfinzi xalkori
alecensa lorviqua rozlytrek vitrakvi lumakras herceptin perjeta kadcyla enhertu
ibrance kisqali verzenios avastin erbitux vectibix xtandi zytiga
oncomine foundationone f1cdx tso500 trusight idylla cobas therascreen ampliseq
archer guardant guardant360 signatera natera myriad mychoice caris tempus
illumina novaseq nextseq miseq nanopore pacbio sanger mlpa fish ihc pcr ddpcr
ngs wgs wes rna dna olympia keynote checkmate flaura alex profile magnitude
propel destiny monarch paloma monaleesa solar emerald pacific impower
alltogether nopho eortc ecog recist rano lugano iwg eln who nccn esmo asco
dmcg dbcg dlcg dccg rkkp dngc ngc dcccc cancerhotspots cosmic clinvar gnomad
hgvs acmg amp vus ki-67 ki67 pd-l1 tps cps her2 er pr psa cea ca-125 ca19-9
gleason breslow clark weiss figo tnm ajcc uicc isup karnofsky kps charlson
toronto li-fraumeni lynch cowden peutz-jeghers von hippel-lindau gorlin
hodgkin non-hodgkin burkitt ewing wilms kaposi merkel barrett crohn hashimoto
addison cushing down turner klinefelter marfan fanconi bloom werner noonan
costello
mandag tirsdag onsdag torsdag fredag lørdag søndag monday tuesday wednesday
thursday friday saturday sunday januar februar marts april maj juni juli august
september oktober november december january february march may june july october
dansk danske danish english engelsk engelske svensk swedish norsk norwegian tysk
german fransk french european europæisk nordisk nordic scandinavian skandinavisk
american amerikansk british britisk asian asiatisk african afrikansk arabic
arabisk turkish tyrkisk somali persian iranian iransk afghansk afghan pakistani
polish polsk christmas jul påske easter pinse
cpr mdt ct mr mri pet ecog ps os pfs orr dcr ttf sd pd cr pr nsclc sclc crc
aml all cml cll mds mpn dlbcl hb crp alat asat ldh egfr ebus eus ercp ekg ecg
uk dk eu usa nb obs mvh evt ca ok tlf tel mobil fax pt pts hilsen
epj npu fmk lpr sor rkkp dnpr miba sp ad ld dd mg ml kg cm mm gy fx bid tid qd iv po sc im ns hr ps ds ss ph tx rx dx
hx fx sx ffpe bal csf tkr kol copd dm ami iht mht pga bla ifm jf vedr ang hhv
ul uul rtg ekko re sv fw fwd tmb msi mss msi-h msi-high hrd lst loh tils
""".split()

STREET_SUFFIXES = ["vej", "vejen", "gade", "gaden", "allé", "alle", "alléen",
                   "vænget", "vænge", "parken", "stræde", "strædet", "torv",
                   "torvet", "plads", "pladsen", "boulevard", "stien", "sti",
                   "bakken", "bakke", "haven", "have", "høj", "højen", "kær",
                   "kæret", "toften", "toft", "marken", "mark", "engen", "eng",
                   "skoven", "lunden", "løkken", "løkke", "vang", "vangen",
                   "agre", "ager", "dal", "dalen", "bro", "broen", "kaj",
                   "kajen", "holm", "bjerg", "bjerget", "hegn", "hegnet",
                   "sving", "svinget", "kvarter", "kvarteret", "tofte",
                   "gård", "gården", "gårde", "gårdene", "park", "ringen",
                   "ring", "parkvej", "stræde", "tværvej", "landevej",
                   "stationsvej", "street", "road", "avenue", "lane", "drive"]

# ---------------------------------------------------------------------------

def norm(s):
    return re.sub(r"\s+", " ", s.strip()).lower()


def write(out_dir, name, header, entries):
    """entries: dict key -> value ('' for none)."""
    lines = []
    for k, v in entries.items():
        if not k or "\n" in k or "\t" in k:
            continue
        lines.append(k + ("\t" + v if v else ""))
    data = sorted(set(l.encode("utf-8") for l in lines))
    # keys must be unique for the binary search
    seen, uniq = set(), []
    for l in data:
        key = l.split(b"\t", 1)[0]
        if key in seen:
            continue
        seen.add(key)
        uniq.append(l)
    path = os.path.join(out_dir, name)
    with open(path, "wb") as f:
        for h in header:
            f.write(("# " + h + "\n").encode("utf-8"))
        for l in uniq:
            f.write(l + b"\n")
    print(f"{name}: {len(uniq)} entries", file=sys.stderr)


def load_wordlists(data):
    da = set()
    with open(os.path.join(data, "wordlists", "wdanish_1.6.36-14_dsdo_danish_fullforms.txt"),
              encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and w[0].islower():
                da.add(w)
    da_proper = set()
    with open(os.path.join(data, "wordlists", "wdanish_1.6.36-14_dsdo_danish_fullforms.txt"),
              encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and w[0].isupper():
                da_proper.add(w.lower())
    en = set()
    for path in [EN_US_DIC,
                 os.path.join(data, "wordlists",
                              "hunspell-en-med_0.0.20140410-4_en_med_glut.dic")]:
        if not os.path.exists(path):
            print(f"warning: {path} missing", file=sys.stderr)
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for i, line in enumerate(f):
                if i == 0 or line.startswith((" ", "\t")):
                    continue
                w = line.strip().split("/", 1)[0]
                if w and w[0].islower():
                    en.add(w)
                    flags = line.strip().split("/", 1)[1] if "/" in line else ""
                    if "S" in flags:
                        en.add(w + ("es" if w.endswith(("s", "x", "ch", "sh")) else "s"))
                    if "D" in flags:
                        en.add(w + ("d" if w.endswith("e") else "ed"))
                    if "G" in flags:
                        en.add((w[:-1] if w.endswith("e") else w) + "ing")
    return da, da_proper, en


RULES = os.path.join(TOP, "resources", "rules")
EN_US_DIC = "/usr/share/hunspell/en_US.dic"


def main():
    ap = argparse.ArgumentParser(
        description="Derive the scanner's lexicons in resources/rules/.")
    ap.add_argument("--data", default=None,
                    help="the shared reference data (default: $KASUS_SHARED_DIR/data, "
                    "else ../shared/data beside the checkout)")
    ap.add_argument("--output", "--out", dest="out", default=RULES,
                    help="where to write the lexicons (default: resources/rules)")
    ap.add_argument("--check", action="store_true",
                    help="generate into a temporary folder and compare with "
                    "resources/rules/: exit 0 if identical, 1 if not, 77 if the "
                    "data is missing")
    args = ap.parse_args()
    data = args.data or default_data()
    prog = "derive-rules"
    if args.check:
        skip_unless_present(prog, (data, EN_US_DIC),
                            "shared data: --data or KASUS_SHARED_DIR; en_US: Debian hunspell-en-us")
        check(prog, lambda tmp: generate(data, tmp), RULES, "lexicons",
              "change the lists in build-aux/derive-rules.py and rerun it, "
              "never edit resources/rules/ by hand")
    generate(data, args.out)


def generate(data, out):
    os.makedirs(out, exist_ok=True)

    da_words, da_proper, en_words = load_wordlists(data)
    medical = set(MEDICAL_TERMS) | set(MEDICAL_TERMS_SUPPLEMENT)

    # Eponyms (DEDUCE): first word of each entry.
    eponyms = set()
    for fn in ("deduce_eponymous_disease_multi.txt", "deduce_eponymous_disease_single_nl.txt"):
        with open(os.path.join(data, "wordlists", fn), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                for part in re.split(r"[\s-]+", line):
                    if part and part[0].isupper() and part.lower() not in ("ziekte", "syndroom"):
                        eponyms.add(part.lower())
    eponyms |= {"hodgkin", "lynch", "ewing", "wilms", "kaposi", "burkitt",
                "li", "fraumeni", "cowden", "gorlin", "merkel", "barrett",
                "stupp", "gleason", "breslow", "karnofsky", "sanger", "toronto"}
    write(out, "eponyms.txt",
          ["eponyms: first words of diseases named after people",
           "source: DEDUCE (vmenger/deduce) eponymous disease lists + Kasus additions; "
           "licence: GPL-3.0"],
          {e: "" for e in eponyms})

    # Ordinary words (lower-case forms).
    write(out, "words-da.txt",
          ["ordinary Danish words (lower-case full forms)",
           "source: Debian wdanish 1.6.36-14 (DSDO full forms); licence: GPL-2+"],
          {w: "" for w in da_words})
    write(out, "words-en.txt",
          ["ordinary English and medical words (lower-case, with -s/-ed/-ing forms)",
           "source: Debian hunspell-en-us (SCOWL; BSD-style/LGPL) and "
           "hunspell-en-med 0.0.20140410 (OpenMedSpel; GPL-3+)"],
          {w: "" for w in en_words})
    common = da_words | en_words | medical | eponyms

    # Names.
    first, last = {}, {}
    well_known = set()   # Danish sources, or common in English
    with open(os.path.join(data, "names", "dacy_names.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            n = row["name"].strip()
            if not n:
                continue
            (first if row["first_name"] == "True" else last)[n.lower()] = True
            well_known.add(n.lower())
    with open(os.path.join(data, "names", "dst_top_first_names_newborns_1994-2024.tsv"),
              encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i:
                first[line.split("\t")[0].strip().lower()] = True
                well_known.add(line.split("\t")[0].strip().lower())
    with open(os.path.join(data, "names", "dst_top20_surnames.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                last[line.strip().lower()] = True
    fk = json.load(open(os.path.join(data, "names", "faker_da_person_location.json"),
                        encoding="utf-8"))
    for g in fk["person"]["first_name"].values():
        for n in g:
            first[n.lower()] = True
            well_known.add(n.lower())
    for g in fk["person"]["last_name"].values():
        for n in g:
            last[n.lower()] = True
    for g in fk["person"]["middle_name"].values():
        for n in g:
            last[n.lower()] = True
    for fn in ("us_census1990_first_male.txt", "us_census1990_first_female.txt"):
        with open(os.path.join(data, "names", fn), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    first[line.split()[0].lower()] = True
                    well_known.add(line.split()[0].lower())
    with open(os.path.join(data, "names", "us_ssa_babynames_1880-2024_total_ge1000.tsv"),
              encoding="utf-8") as f:
        for i, line in enumerate(f):
            parts = line.rstrip("\n").split("\t")
            if i and len(parts) >= 3 and int(parts[2]) >= 5000:
                first[parts[0].lower()] = True
                if int(parts[2]) >= 50000:
                    well_known.add(parts[0].lower())
    with open(os.path.join(data, "names", "us_census1990_last.txt"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 30000:   # the tail is mostly one-off spellings
                break
            if line.strip():
                last[line.split()[0].lower()] = True
    # Kasus' own lists (see FIRST_NAMES_SUPPLEMENT)
    for lst, names, known in ((FIRST_NAMES_SUPPLEMENT, first, True),
                              (FIRST_NAMES_RARE_SUPPLEMENT, first, False),
                              (LAST_NAMES_SUPPLEMENT, last, True),
                              (LAST_NAMES_RARE_SUPPLEMENT, last, False)):
        for n in lst.split():
            names[n] = True
            if known:
                well_known.add(n)
    # names that are abbreviations in a case more often than names:
    # Thursday, sodium, Nam Định
    for n in NAMES_DEMOTED.split():
        well_known.discard(n)

    def flag(n):
        if len(n) < 2:
            return None
        if n in medical:
            return None
        if n in common or n in eponyms:
            return "a"
        return "" if n in well_known else "r"
    first_out = {n: flag(n) for n in first if flag(n) is not None}
    last_out = {n: flag(n) for n in last if flag(n) is not None}
    hdr = ["value 'a': also an ordinary word, 'r': a rare name in the sources; "
           "either is a name only in context",
           "sources: DaCy names.csv (Apache-2.0); Danmarks Statistik name statistics "
           "(CC BY 4.0); @faker-js/faker 10.6.0 da locale (MIT); US Census 1990 and "
           "US SSA baby names (public domain); names of communities in Denmark: "
           "Kasus authors (GPL-3.0-or-later)"]
    write(out, "names-first.txt", ["first names, lower-case"] + hdr, first_out)
    write(out, "names-last.txt", ["last names, lower-case"] + hdr, last_out)

    # Places.
    places = {}

    def add_place(name, kind):
        k = norm(name)
        if not k or k in places:
            return
        single = " " not in k
        amb = single and (k in da_words or k in en_words or k in medical)
        places[k] = kind + (",a" if amb else "")

    postcodes = {}
    with open(os.path.join(data, "places", "postnord_postnumre_2020-10-17.csv"),
              encoding="utf-8-sig") as f:
        for row in csv.reader(f, delimiter=";"):
            if row[0] == "AMTS_NR":
                continue
            code, town = row[4].strip(), row[5].strip()
            if not re.match(r"^\d{4}$", code) or town in ("Udland",):
                continue
            if re.search(r"pakke|facility|h&m|bestseller|postbox|erhverv|ufrankeret",
                         town, re.I):
                continue
            postcodes[code] = town
            add_place(town, "town")
            base = re.sub(r"\s+[A-ZØÆÅ]{1,2}$", "", town)   # "Aarhus C" -> "Aarhus"
            add_place(base, "town")
    for town in fk["location"]["city_name"]:
        add_place(town, "town")
    with open(os.path.join(data, "places", "kommuner_derived_from_postnord.tsv"),
              encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i == 0:
                continue
            _, kommune, region = line.rstrip("\n").split("\t")
            add_place(kommune, "municipality")
            add_place(re.sub(r"s? Kommune$", "", kommune), "town")
            add_place(region, "region")
    for r in REGIONS_EXTRA:
        add_place(r, "region")
    for i in ISLANDS:
        add_place(i, "area")
    # Greenland and the Faroes are countries of the Realm, as "Greenland" is
    for c in ("Grønland", "Færøerne"):
        places[norm(c)] = "country"
    for i in DANISH_ISLANDS:
        k = norm(i)
        if k in places:
            places[k] = "island" + places[k][places[k].index(","):] if "," in places[k] \
                else "island"
    for extra in ["København", "Århus", "Aalborg", "Ålborg", "Odense", "Esbjerg",
                  "Copenhagen", "Elsinore", "Skagen", "Hvide Sande", "Thyborøn",
                  "Danmark", "Christiania", "Nørrebro", "Vesterbro", "Østerbro",
                  "Amagerbro", "Valby", "Vanløse", "Brønshøj", "Sydhavnen", "Tingbjerg",
                  "Gellerup", "Vollsmose", "Mjølnerparken", "Skovlunde", "Tåstrup"]:
        add_place(extra, "town")
    for kind, names in PLACES_SUPPLEMENT.items():
        for n in names.split("|"):
            n = " ".join(n.split())
            if n:
                add_place(n, kind)
    for c in fk["location"]["country"]:
        add_place(c, "country")
    for c in COUNTRIES_EN + COUNTRIES_EN_MULTI:
        add_place(c, "country")
    for c in CITIES_WORLD + CITIES_WORLD_MULTI:
        add_place(c, "city")
    # A place name that is a common first name or ordinary word needs context.
    for k, v in list(places.items()):
        if " " not in k and k in first_out and not v.endswith(",a"):
            places[k] = v + ",a"
    for never in ("tel", "addis", "valby"):
        places.pop(never, None) if never in ("tel", "addis") else None
    write(out, "places.txt",
          ["Danish towns, municipalities, regions, islands and areas; countries "
           "(Danish and English names); large foreign cities",
           "value: kind[,a] (town, municipality, region, island, area, country, city) — "
           "a: also an ordinary word or first name, a place only in context",
           "sources: PostNord postal codes 2020-10-17 and the municipalities/regions "
           "derived from it (public register facts); @faker-js/faker 10.6.0 da locale "
           "(MIT); islands, English country names and cities: Kasus authors (GPL-3.0-or-later)"],
          places)
    write(out, "postcodes.txt",
          ["Danish postal codes: code<TAB>town",
           "source: PostNord postal codes 2020-10-17 (public register facts)"],
          postcodes)
    write(out, "street-suffixes.txt",
          ["endings of Danish street names (Kastanievej, Jernbanegade) and English ones",
           "source: Kasus authors, checked against @faker-js/faker da street names (MIT); "
           "licence: GPL-3.0-or-later"],
          {s: "" for s in STREET_SUFFIXES})

    # Institutions.
    inst = dict(HOSPITALS)
    with open(os.path.join(data, "places", "rkkp_sor_hospital_departments.tsv"),
              encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i == 0:
                continue
            parts = line.rstrip("\n").split("\t")
            hosp = parts[2].strip() or parts[3].strip()
            k = norm(hosp)
            # a bare place ("Sjælland": a SOR grouping) is no institution
            if k and k not in inst and len(k) > 3 and k != "hospital" and k not in places:
                inst[k] = "uni" if "universitet" in k or k.startswith(("auh", "ouh")) else "other"
    for a, kind in HOSPITAL_ABBREVS.items():
        inst["#" + a] = kind   # '#'-prefixed keys hold the upper-case abbreviations
    # Keep the abbreviations out of the '#' header syntax: store them in their own file.
    abbrevs = {a: kind for a, kind in HOSPITAL_ABBREVS.items()}
    inst = {k: v for k, v in inst.items() if not k.startswith("#")}
    write(out, "hospitals.txt",
          ["Danish public (and a few private) hospitals: name<TAB>kind (uni, reg, priv, other)",
           "sources: Kasus authors (GPL-3.0-or-later); RKKP/SOR hospital departments "
           "(public register facts)"],
          inst)
    write(out, "hospital-abbrevs.txt",
          ["abbreviations of Danish hospitals (exact case): abbrev<TAB>kind",
           "source: Kasus authors; licence: GPL-3.0-or-later"],
          abbrevs)

    # Family.
    fam_da = {}
    for base, forms in FAMILY_DA.items():
        for f_ in forms:
            fam_da[f_] = "r"
    for p in FAMILY_DA_PREFIXES:
        for base in FAMILY_DA_PREFIXABLE:
            for f_ in FAMILY_DA[base]:
                for joined in (p + f_,):
                    fam_da.setdefault(joined, "r")
    for p in FAMILY_DA_CHILD_PREFIXES:
        for f_ in FAMILY_DA_CHILD_FORMS:
            fam_da.setdefault(p + f_, "r")
    for f_ in ["svigersøn", "svigersønnen", "svigerdatter", "svigerdatteren",
               "svigermor", "svigerfar", "svigerforældre", "svigerforældrene",
               "svigerbror", "svigersøster", "halvbror", "halvsøster",
               "halvbroren", "halvsøsteren", "halvsøskende", "tvillingebror",
               "tvillingesøster", "tvillingbror", "tvillingsøster",
               "teenagebørn", "teenagedatter", "teenagesøn", "voksenbørn",
               "bonusbørn", "papbørn", "plejebørn", "sammenbragte", "stedbørn",
               "stedmor", "stedfar", "stedsøn", "steddatter",
               "tipoldemor", "tipoldefar", "oldeforældre", "familiemedlemmerne",
               "søskendedonor", "søskendedonoren", "ekskone", "eksmand", "eks-kone",
               "eks-mand", "ekskæreste"]:
        fam_da.setdefault(f_, "r")
    fam_da.pop("familiemedlemmerne", None)
    for f_ in list(fam_da):
        if not f_.endswith("s"):
            fam_da.setdefault(f_ + "s", fam_da[f_])
    for m in FAMILY_DA_MARITAL:
        fam_da[m] = "m"
    for c in FAMILY_DA_NEEDS_CONTEXT:
        fam_da[c] = "c"
        if not c.endswith("s"):
            fam_da.setdefault(c + "s", "c")
    fam_da.update(FAMILY_DA_SUPPLEMENT)
    # "enlig" alone is status; "mors" is also the island Mors (capitalised).
    write(out, "family-da.txt",
          ["Danish family relations and marital status, inflected forms",
           "value: r relation, m marital status, c only with a possessive or a count",
           "source: Kasus authors; licence: GPL-3.0-or-later"],
          fam_da)
    fam_en = {}
    for f_ in FAMILY_EN:
        fam_en[f_] = "m" if f_ in ("married", "divorced", "separated", "widowed",
                                   "unmarried", "single", "childless",
                                   "engaged") else "r"
    for f_ in list(fam_en):
        if fam_en[f_] == "r" and not f_.endswith("s") and " " not in f_:
            fam_en.setdefault(f_ + "s", "r")
    for c in FAMILY_EN_NEEDS_CONTEXT:
        fam_en[c] = "c"
    write(out, "family-en.txt",
          ["English family relations and marital status",
           "value: r relation, m marital status, c only with a possessive or a count",
           "source: Kasus authors; licence: GPL-3.0-or-later"],
          fam_en)

    # Occupations.
    occ = {}
    for k, v in OCCUPATIONS.items():
        occ[k] = v
    for k, v in list(occ.items()):
        if " " in k:
            continue
        if re.search(r"[a-zæøå]$", k) and not k.endswith("e"):
            occ.setdefault(k + "en", v)   # tømreren, fiskeren
        if k.endswith("e"):
            occ.setdefault(k + "n", v)
        if re.search(r"(er|or|ist|ian|ant|ent|ger|ker)$", k) and not re.search("[æøå]", k):
            occ.setdefault(k + "s", v)
        # the genitive of the definite form: "Borgmesterens sekretær",
        # "sygeplejerskens", "fiskerens båd"
        if k + "en" in occ and k.endswith("er"):
            occ.setdefault(k + "ens", v)
        if k.endswith("e") and k + "n" in occ and not k.endswith("ende"):
            occ.setdefault(k + "ns", v)
    write(out, "occupations.txt",
          ["occupations (Danish and English): word<TAB>class; class* = also a "
           "clinician's role, an occupation only when said of the patient",
           "source: Kasus authors, with @faker-js/faker job words (MIT); licence: "
           "GPL-3.0-or-later"],
          occ)
    heads = dict(OCCUPATION_HEADS_DA)
    heads.update({"en:" + k: v for k, v in OCCUPATION_HEADS_EN.items()})
    write(out, "occupation-heads.txt",
          ["heads of compound occupations: Danish suffixes, and 'en:'-prefixed English "
           "head nouns of multi-word jobs",
           "source: Kasus authors; licence: GPL-3.0-or-later"],
          heads)

    write(out, "titles.txt",
          ["titles and roles that introduce a person's name: title<TAB>kind "
           "(pre: before a name; pt: the patient)",
           "source: Kasus authors; licence: GPL-3.0-or-later"],
          {**TITLES, **TITLES_SUPPLEMENT})
    write(out, "medical-terms.txt",
          ["drugs, regimens, assays, trials, scores and eponyms that are never a "
           "person or a place",
           "source: Kasus authors; licence: GPL-3.0-or-later"],
          {m: "" for m in medical})


if __name__ == "__main__":
    main()
