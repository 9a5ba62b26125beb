"""Common given names, the first word of many a person's full name in French and English news.

A name of two words or more that opens on one of them ("Armel Le Cléache", "Rémy Halbwax") is
most likely a person's even where the model called it a thing (MISC). The list holds given names
in use in France, in the French-speaking world and in the countries the news most often names;
names that are as often common words or places ("Rose", "Florence", "Paris") are left out. Read
case-folded, without accents (``folded``).
"""

from __future__ import annotations

import unicodedata

_NAMES = """
adam adrien agathe agnes aicha alain alban albert alexandre alexandra alexis alfred alice aline
amandine amelie anais andre andrea angela angelique anne annie antoine antonin apolline arnaud
arthur aude audrey augustin aurelie aurelien axel baptiste barbara bastien beatrice benedicte
benjamin benoit bernadette bernard bertrand blandine brigitte bruno camille capucine carole
caroline catherine cecile cedric celine chantal charlene charles charlotte chloe christelle
christian christiane christine christophe claire clarisse claude claudine clement clemence
colette corentin corinne cyril cyrille damien daniel daniele danielle david delphine denis
denise didier dominique dorothee edith edouard eliane elisabeth elise elodie eloise emile emilie
emma emmanuel emmanuelle eric estelle etienne eugene eugenie evelyne fabien fabienne fabrice
fanny felix fernand fernande florian florent francine francis franck francois francoise
frederic frederique gabriel gabrielle gael gaelle gaetan gaston genevieve georges gerald
gerard geraldine germaine gilbert gilles ginette gisele gregoire gregory guillaume gustave guy
helene henri henriette herve hubert hugues irene isabelle jacqueline jacques jeanne jean
jeannine jerome joel joelle johan jonathan josette josiane joseph josephine jules julie julien
juliette justine karine laetitia lea leon leonie lionel loic louis louise luc lucas lucie lucien
lucienne ludovic madeleine magali manon marc marcel marcelle margaux marguerite marianne marie
marine marion martine mathias mathieu mathilde matthieu maurice maxime melanie micheline michel
michele mireille monique muriel myriam nadine nathalie nicolas nicole noel noelle odette odile
olivier pascal pascale patrice patricia patrick paul paulette pauline philippe pierre quentin
raphael raymond regine remi remy renee rene richard robert roger roland romain sabine samuel
sandrine sebastien segolene serge severine simone solange sophie stephane stephanie suzanne
sylvain sylvie therese thibault thierry thomas timothee tristan valentin valerie vanessa
veronique vincent virginie xavier yann yannick yolande yves yvette yvonne zoe
laurent victor hugo theo leo tom enzo nathan ethan noah sacha kylian jeremy jeremie mickael
anthony dylan jo tony teddy valery wilfried ines jade lola laura julia celia oceane elsa anna clara
eva lina mila nina laurence sandra sonia melissa jessica laure annick nadege ghislaine huguette
claudia marisol najat
armel erwan gwenael gwendal katell loig maiwenn morgan morgane nolwenn ronan soizic tanguy yannig
maite ainhoa iban peio xabi
abdel abdallah abdelaziz abdelkader abdellah abdoulaye abdou ahmed aissa ali amadou amina amine
anouar bachir boubacar brahim djamel driss fatima fatou fatoumata farid hamid hassan hichem
hocine hussein ibrahim ibrahima idriss ismael jamal kader kamel karim khaled lakhdar leila
lamine mamadou malik mehdi mohamed mohammed mokhtar mouammar moussa mustapha nabil nadia
nassim nordine omar ousmane rachid rachida redouane said salah salim samir samira sofiane
souleymane tarek yacine yasmina youssef zinedine zineb
alessandro andrea antonio carlo enrico francesco giorgio giovanni giuseppe luca luigi marco
mario massimo matteo paolo roberto silvio stefano
alejandro alvaro ana carlos carmen cristina diego enrique fernando francisco javier jesus jorge
jose juan luis manuel maria mariano miguel pablo pedro rafael raul ricardo sergio
joao luiz paulo dilma domingos joaquim goncalo
fernanda lucia isabel teresa pilar beatriz gabriela mariana dolores raquel elena adriana
alicia marta lorena ximena
angela dieter frank gerhard gunter hans heinz helmut horst jurgen karl klaus manfred rainer
ulrich walter werner wolfgang
aleksandr alexei novak alexandre anatoli andrei boris dmitri evgueni igor ivan mikhail
nikolai oleg sergei serguei vladimir viktor vitali youri
ekaterina irina svetlana olga natalia ludmila galina
nikola milos goran dragan zoran marko stefan luka dusan bojan ivana jelena
petr pavel jiri vaclav zdenek ondrej jakub karel tomas lukasz piotr krzysztof tomasz
kathleen katherine kathryn eileen maureen colleen sean ryan megan brian shannon
dieudonne bienvenu thierno cheikh modou aliou alioune babacar aminata awa khady mariama
coumba aissatou kwame kwabena yaw
rudi pep josep jordi carles cesc xavi iker andres francesc marcelo tito cristiano zlatan
gianluigi fabio thiago neymar wayne gareth mesut bastian philipp miroslav arsene andy venus
serena petra victoria yoann younes bacary thibaut blaise lassana hatem sami
bachar hosni recep tayyip ahmet mahmoud nouri yasser shimon ehud ariel benyamin hamad kofi
barack benedict bill bob harry charles david donald edward elizabeth george hillary james
jane jennifer john joseph kevin margaret mark mary michael michelle mitt robert ronald sarah
steve steven susan thomas william
adele adeline adrienne aime alexia alix amaury ambre anatole angele annabelle ariane armand
aurore berenice brice candice carine cassandra celestin charline christel claudie clotilde
coralie cyprien dorian edgar edmond eleonore eliott elisa emeline emilien ernest esteban faustine
felicie ferdinand flavie flora gabin gaspard gauthier gautier geoffrey geoffroy ghislain gilberte
gildas hector heloise hortense ignace isidore jacky joachim jocelyne joris josselin juliane
killian kilian laurene leandre leonard leopold lilian lise lison loane lorenzo louane lucile
ludivine maelle maeva maelys marceline marcelin mariette marius marylene matheo maud maximilien
melvin mylene nelly noemie norbert odilon pascaline perrine philippine pierrick pierrette
rodolphe rodrigue romane romuald roseline rudy sabrina salome samia sidonie simon solene sophian
stanislas steeve sylvaine tatiana theophile tiphaine titouan ugo ulysse valentine vianney
victorine wilfrid yanis yoan yohan yvan yvon
gwenole malo brieuc tugdual yvonnick goulven riwal jakez soazig annaig enora maela rozenn
adel amir anis ayoub aziz bilal chakib fouad hakim hamza hicham houari imane ismail jalil kamal
khadija lotfi malika marwan meriem mourad nacer nadir nassima nawel noureddine rabah reda riad
rida saad sabri sadek samy selim sihem slimane sofia soufiane tahar walid yassine youcef zakaria
zohra amr mustafa ayman hisham wael ziad fadi rami saeed essam emad magdy osama ahmad abdul
adriana alberto alfonso antonia beatriz cesar consuelo dolores eduardo elena emilio felipe
gonzalo guillermo gustavo ignacio isabel jaime joaquin lorena lucia marta monica pilar ramon
rodrigo teresa vicente xose brais iago joana mariana rui nuno tiago goncalo duarte afonso
alessandra alessio angelo antonella beppe carla chiara claudio daniele dario davide emanuele
fabrizio federico gianni giulia giulio ignazio marcello mauro michele nicola paola piero pietro
raffaele renzo riccardo sandro simona tommaso valentina vittorio
andreas anke birgit christoph detlef dirk egon erich friedrich fritz georg gunther heike
heinrich helga henning hermann holger ingrid jens johann johannes jorg katrin kurt lothar lutz
markus matthias nils olaf otto ralf reinhard rolf rudolf sigmar stefan steffen sven thorsten
torsten udo ursula uwe volker wilhelm bjorn erik henrik kjell magnus pieter piet joost geert
willem hendrik jeroen
alan andrew brian bruce carl carol chris christopher colin craig dave deborah dennis diana doug
douglas emily gary gordon graham greg helen henry ian jake jason jeff jeffrey jenny jim jimmy
joan joe jon julian justin karen kate katherine keith kenneth larry linda lisa lucy luke martin
matt matthew megan mike nancy neil nick nicholas nigel oliver pamela peter philip rachel ralph
rebecca robin ruth ryan sally scott sean stephen stuart terry tim timothy wendy
eddie johnny bobby freddie charlie frankie sammy tommy danny billy benny kenny ronnie stevie
toru kenji hiroshi takashi shinzo yoshihiko naoto junichiro akira haruki yuki keiko
guido fabiola gianfranco pierluigi luciano maurizio giancarlo ettore giorgia federica
francesca elisabetta ornella rosanna lucio sabrina
maryvonne armelle solenn gwenola klervi lucette roselyne marinette edwige arlette georgette
raymonde rolande liliane mauricette armande jeannette ghislain
anneke marieke anouk femke sanne lotte bram daan sander ruud ruben thijs wouter koen maarten
kees wim lieven annelies
nour houda awa aminata mariam mariama aissatou kadiatou ramata salimata oumar idrissa issa
seydou boureima adama moctar cheikh modou fatime
rosa elvira wilfredo yolanda guadalupe ximena valeria camila
alexander loukas georgios giorgos yannis kostas nikos dimitris antonis petr jiri vaclav pavel
tomas fredrik lars anders mats olof odilo leonardo
andree aimee desire desiree noe honore amedee josue dieudonne elisee mael gwenaelle
iyad abdelmalek mounir cheick alpha zina abdelhamid
mathis mathys timeo lou louna lena evan nolan lilou alicia lana axelle anaelle liam ilyes rayan
nael naelle kenza yasmine assia leane laly margot typhaine ewen maxence elouan
""".split()


def folded(word: str) -> str:
    """Case-folded, accents removed: "Hélène" -> "helene"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


GIVEN_NAMES = frozenset(_NAMES)


def is_given_name(word: str) -> bool:
    """Whether ``word`` (or the first part of a compound, "Jean-Luc") is a common given name
    (a two-letter one only written as a name: "Jo", not "JO", the Olympic Games)."""
    first = word.split("-")[0]
    return (len(first) > 2 or first.istitle()) and folded(first) in GIVEN_NAMES


# What a feminine given name adds to a masculine one ("Louisette", "Christine", "Danielle").
FEMININE_ENDINGS = ("ette", "ine", "ienne", "elle", "ise")
# Endings of women's given names, and the men's names that have one ("Antoine", "Étienne").
_WOMAN_ENDINGS = (*FEMININE_ENDINGS, "ie", "ee", "ene", "a")
_MEN_ENDING_SO = frozenset(
    "antoine etienne elie zacharie jeremie eugene luca nicola andrea joshua issa moussa mustafa "
    "adama kofi ezra noa sacha micha".split()
)


def feminine_given_name(word: str) -> bool:
    """ "Martine", "Sophie", "Andrée" (keys: folded); not "Gilles", "Antoine", "Luca"."""
    first = word.split("-")[0]
    return first.endswith(_WOMAN_ENDINGS) and first not in _MEN_ENDING_SO


# Short forms of given names and the full ones they stand for (keys: folded): "Tom Enders" is
# "Thomas Enders", "Bill Clinton" is "William Clinton".
_SHORT_FORMS = {
    "tom": "thomas",
    "tommy": "thomas",
    "bill": "william",
    "billy": "william",
    "will": "william",
    "bob": "robert",
    "bobby": "robert",
    "rob": "robert",
    "mike": "michael",
    "jim": "james",
    "jimmy": "james",
    "joe": "joseph",
    "dave": "david",
    "dan": "daniel",
    "danny": "daniel",
    "nick": "nicholas",
    "ben": "benjamin",
    "sam": "samuel",
    "alex": "alexander",
    "chris": "christopher",
    "steve": "stephen",
    "fred": "frederick",
    "ted": "edward",
    "ed": "edward",
    "matt": "matthew",
    "pat": "patrick",
    "andy": "andrew",
    "greg": "gregory",
    "jeff": "jeffrey",
    "jon": "jonathan",
    "ken": "kenneth",
    "larry": "lawrence",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "sue": "susan",
    "jenny": "jennifer",
    "tony": "anthony",
    "phil": "philip",
    "rick": "richard",
    "dick": "richard",
    "chuck": "charles",
    "charlie": "charles",
    "walt": "walter",
}


def same_given_name(short: str, full: str) -> bool:
    """Whether the given name ``short`` is a short form of ``full`` (keys: folded)."""
    return _SHORT_FORMS.get(short) == full
