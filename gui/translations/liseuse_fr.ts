<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Show people</source>
        <translation>Afficher les personnes</translation>
    </message>
    <message>
        <source>Show organisations</source>
        <translation>Afficher les organisations</translation>
    </message>
    <message>
        <source>Show places</source>
        <translation>Afficher les lieux</translation>
    </message>
    <message>
        <source>Show other names</source>
        <translation>Afficher les autres noms</translation>
    </message>
    <message>
        <source>Show dates</source>
        <translation>Afficher les dates</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Ouvrir une &amp;adresse…</translation>
    </message>
    <message>
        <source>Open the &amp;sample article</source>
        <translation>Ouvrir l&apos;article d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Add a &amp;folder to the library…</source>
        <translation>Ajouter un &amp;dossier à la bibliothèque…</translation>
    </message>
    <message>
        <source>Add articles from a&amp;ddresses…</source>
        <translation>Ajouter des articles depuis des a&amp;dresses…</translation>
    </message>
    <message>
        <source>&amp;Export highlights…</source>
        <translation>&amp;Exporter les surlignages…</translation>
    </message>
    <message>
        <source>Export the &amp;timeline…</source>
        <translation>Exporter la &amp;chronologie…</translation>
    </message>
    <message>
        <source>&amp;Import annotations…</source>
        <translation>&amp;Importer des annotations…</translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <translation>&amp;Annuler la lecture</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Co&amp;rrections…</source>
        <translation>Co&amp;rrections…</translation>
    </message>
    <message>
        <source>&amp;Find in the article…</source>
        <translation>&amp;Rechercher dans l&apos;article…</translation>
    </message>
    <message>
        <source>Find &amp;next / next mention</source>
        <translation>Occurrence &amp;suivante / mention suivante</translation>
    </message>
    <message>
        <source>Find &amp;previous / previous mention</source>
        <translation>Occurrence &amp;précédente / mention précédente</translation>
    </message>
    <message>
        <source>C&amp;lear the chosen person</source>
        <translation>&amp;Oublier la personne choisie</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Highlight in {colour}</source>
        <translation>Surligner en {colour}</translation>
    </message>
    <message>
        <source>Highlight the selection in {colour} ({key}), or recolour it</source>
        <translation>Surligner la sélection en {colour} ({key}), ou changer sa couleur</translation>
    </message>
    <message>
        <source>&amp;Delete the highlight</source>
        <translation>&amp;Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>The &amp;library</source>
        <translation>La &amp;bibliothèque</translation>
    </message>
    <message>
        <source>People across a&amp;rticles</source>
        <translation>Les personnes dans les a&amp;rticles</translation>
    </message>
    <message>
        <source>The &amp;story&apos;s timeline</source>
        <translation>La chronologie de l&apos;&amp;histoire</translation>
    </message>
    <message>
        <source>Show passages set &amp;aside</source>
        <translation>Afficher les passages mis de &amp;côté</translation>
    </message>
    <message>
        <source>&amp;Timeline of the chosen articles</source>
        <translation>&amp;Chronologie des articles choisis</translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation>Mettre à la c&amp;orbeille</translation>
    </message>
    <message>
        <source>&amp;Restore from the trash</source>
        <translation>&amp;Sortir de la corbeille</translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Extract the chosen articles &amp;again</source>
        <translation>Extraire à &amp;nouveau les articles choisis</translation>
    </message>
    <message>
        <source>Extract e&amp;very article again</source>
        <translation>Extraire à nouveau &amp;tous les articles</translation>
    </message>
    <message>
        <source>Export the chosen articles&apos; &amp;highlights…</source>
        <translation>Exporter les surli&amp;gnages des articles choisis…</translation>
    </message>
    <message>
        <source>Export the story&apos;s time&amp;line…</source>
        <translation>Exporter la chrono&amp;logie de l&apos;histoire…</translation>
    </message>
    <message>
        <source>&amp;Cancel adding articles</source>
        <translation>&amp;Annuler l&apos;ajout d&apos;articles</translation>
    </message>
    <message>
        <source>Go to the &amp;article</source>
        <translation>Aller à l&apos;&amp;article</translation>
    </message>
    <message>
        <source>Go to the &amp;timeline</source>
        <translation>Aller à la &amp;chronologie</translation>
    </message>
    <message>
        <source>Go to the &amp;people</source>
        <translation>Aller aux &amp;personnes</translation>
    </message>
    <message>
        <source>Go to the &amp;annotations</source>
        <translation>Aller aux a&amp;nnotations</translation>
    </message>
    <message>
        <source>&amp;Search people</source>
        <translation>&amp;Chercher une personne</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Liseuse</source>
        <translation>À &amp;propos de Liseuse</translation>
    </message>
</context>
<context>
    <name>AddressesDialog</name>
    <message>
        <source>Add articles from their addresses</source>
        <translation>Ajouter des articles depuis leurs adresses</translation>
    </message>
    <message>
        <source>One address (or file path) per line:</source>
        <translation>Une adresse (ou un chemin de fichier) par ligne :</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>no note</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>moved: the text changed</source>
        <translation>déplacé : le texte a changé</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Select a passage and press 1–8 (or right-click) to highlight it.</source>
        <translation>Sélectionnez un passage et appuyez sur 1–8 (ou clic droit) pour le surligner.</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Chercher dans les citations, notes et étiquettes</translation>
    </message>
    <message>
        <source>Only {colour} highlights (key {key} highlights in {colour})</source>
        <translation>Seulement les surlignages en {colour} (la touche {key} surligne en {colour})</translation>
    </message>
    <message>
        <source>Not found in the text ({count}) — kept, shown here</source>
        <translation>Introuvables dans le texte ({count}) — conservés, affichés ici</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cancelled: the text is shown without marks.</source>
        <translation>Annulé : le texte est affiché sans repères.</translation>
    </message>
    <message>
        <source>Writing is off: {why}. Highlights and corrections cannot be saved.</source>
        <translation>Écriture impossible : {why}. Les surlignages et les corrections ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>The article&apos;s date is unknown</source>
        <translation>La date de l&apos;article est inconnue</translation>
    </message>
    <message>
        <source>The article is dated {date}</source>
        <translation>L&apos;article est daté du {date}</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Liseuse.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Liseuse.</translation>
    </message>
    <message>
        <source>Could not open {source}: {reason}</source>
        <translation>Impossible d&apos;ouvrir {source} : {reason}</translation>
    </message>
</context>
<context>
    <name>ArticleDateDialog</name>
    <message>
        <source>The article&apos;s date</source>
        <translation>La date de l&apos;article</translation>
    </message>
    <message>
        <source>The date is unknown</source>
        <translation>La date est inconnue</translation>
    </message>
    <message>
        <source>Relative dates in the article (“two months later”, “on Tuesday”) are read from this date. Ctrl+Z puts the previous one back.</source>
        <translation>Les dates relatives de l&apos;article (« deux mois plus tard », « mardi ») sont calculées à partir de cette date. Ctrl+Z remet la précédente.</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <source>Published {date}</source>
        <translation>Publié le {date}</translation>
    </message>
    <message>
        <source>date unknown — choose…</source>
        <translation>date inconnue — choisir…</translation>
    </message>
    <message>
        <source>reading again in {language}…</source>
        <translation>nouvelle lecture en {language}…</translation>
    </message>
    <message>
        <source>Relative dates (“two months later”, “on Tuesday”) are read from the article&apos;s date; names are found by the language model of its language.</source>
        <translation>Les dates relatives (« deux mois plus tard », « mardi ») sont calculées à partir de la date de l&apos;article ; les noms sont trouvés par le modèle de langue de sa langue.</translation>
    </message>
    <message>
        <source>Click the date or the language to change it.</source>
        <translation>Cliquez sur la date ou la langue pour la changer.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>Dated by you; the article said: {date}</source>
        <translation>Datée par vous ; l&apos;article disait : {date}</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>Open an article with File ▸ Open (Ctrl+O) or File ▸ Open URL (Ctrl+L), or drop a file here.</source>
        <translation>Ouvrez un article avec Fichier ▸ Ouvrir (Ctrl+O) ou Fichier ▸ Ouvrir une adresse (Ctrl+L), ou déposez un fichier ici.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Boilerplate and repeated passages are folded out of the way</source>
        <translation>Les passages sans rapport avec l&apos;article et les répétitions sont repliés</translation>
    </message>
    <message numerus="yes">
        <source>%n passages set aside</source>
        <translation>
            <numerusform>%n passage mis de côté</numerusform>
            <numerusform>%n passages mis de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>hide</source>
        <translation>masquer</translation>
    </message>
    <message>
        <source>show</source>
        <translation>afficher</translation>
    </message>
</context>
<context>
    <name>ArticlesTab</name>
    <message>
        <source>Search every article&apos;s text and highlights…</source>
        <translation>Chercher dans le texte et les surlignages de tous les articles…</translation>
    </message>
    <message>
        <source>The library</source>
        <translation>La bibliothèque</translation>
    </message>
    <message>
        <source>The trash</source>
        <translation>La corbeille</translation>
    </message>
    <message>
        <source>Any column</source>
        <translation>Toutes les colonnes</translation>
    </message>
    <message>
        <source>Filter (a number: at least that many)</source>
        <translation>Filtrer (un nombre : au moins autant)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop adding: the articles done so far stay in the library</source>
        <translation>Arrêter l&apos;ajout : les articles déjà traités restent dans la bibliothèque</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>{passages} in {articles}</source>
        <translation>{passages} dans {articles}</translation>
    </message>
    <message>
        <source>{shown} of {articles}</source>
        <translation>{shown} sur {articles}</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n articles…</source>
        <translation>
            <numerusform>Ajout de %n article…</numerusform>
            <numerusform>Ajout de %n articles…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The periodic backup failed: {reason}</source>
        <translation>La sauvegarde périodique a échoué : {reason}</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>violet</translation>
    </message>
    <message>
        <source>magenta</source>
        <translation>magenta</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>gris</translation>
    </message>
</context>
<context>
    <name>Correcting</name>
    <message>
        <source>Correct the &amp;date</source>
        <translation>Corriger la &amp;date</translation>
    </message>
    <message>
        <source>Correct the &amp;name</source>
        <translation>Corriger le &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Mark the selection as</source>
        <translation>&amp;Marquer la sélection comme</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>In &amp;every article</source>
        <translation>Dans &amp;tous les articles</translation>
    </message>
    <message>
        <source>“{name}” is not a name</source>
        <translation>« {name} » n&apos;est pas un nom</translation>
    </message>
    <message>
        <source>“{name}” is never a name</source>
        <translation>« {name} » n&apos;est jamais un nom</translation>
    </message>
    <message>
        <source>&amp;Not a name</source>
        <translation>&amp;Pas un nom</translation>
    </message>
    <message>
        <source>Never a name (every article)</source>
        <translation>Jamais un nom (tous les articles)</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;Fusionner avec</translation>
    </message>
    <message>
        <source>&amp;Split off</source>
        <translation>&amp;Séparer</translation>
    </message>
    <message>
        <source>“{name}” is a name of its own</source>
        <translation>« {name} » est un nom à part</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Age and roles…</source>
        <translation>Â&amp;ge et fonctions…</translation>
    </message>
    <message>
        <source>“{name}”: {kind} in every article</source>
        <translation>« {name} » : {kind} dans tous les articles</translation>
    </message>
    <message>
        <source>“{name}”: {kind}</source>
        <translation>« {name} » : {kind}</translation>
    </message>
    <message>
        <source>“{name}” merged into “{other}”</source>
        <translation>« {name} » fusionné avec « {other} »</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>A new name for “{name}”</source>
        <translation>Un nouveau nom pour « {name} »</translation>
    </message>
    <message>
        <source>“{name}” renamed “{new}”</source>
        <translation>« {name} » renommé « {new} »</translation>
    </message>
    <message>
        <source>{name}: age and roles set</source>
        <translation>{name} : âge et fonctions définis</translation>
    </message>
    <message>
        <source>Change the &amp;value…</source>
        <translation>Changer la &amp;valeur…</translation>
    </message>
    <message>
        <source>&amp;Count from</source>
        <translation>&amp;Compter à partir de</translation>
    </message>
    <message>
        <source>“{quote}” is not a date</source>
        <translation>« {quote} » n&apos;est pas une date</translation>
    </message>
    <message>
        <source>&amp;Not a date</source>
        <translation>&amp;Pas une date</translation>
    </message>
    <message>
        <source>“{quote}” kept off the timeline</source>
        <translation>« {quote} » hors de la chronologie</translation>
    </message>
    <message>
        <source>Keep &amp;off the timeline</source>
        <translation>&amp;Retirer de la chronologie</translation>
    </message>
    <message>
        <source>“{quote}” put on the timeline</source>
        <translation>« {quote} » mis sur la chronologie</translation>
    </message>
    <message>
        <source>Put &amp;on the timeline</source>
        <translation>&amp;Mettre sur la chronologie</translation>
    </message>
    <message>
        <source>“{quote}” is {date}</source>
        <translation>« {quote} » : {date}</translation>
    </message>
    <message>
        <source>“{quote}” counts from “{other}”</source>
        <translation>« {quote} » compte à partir de « {other} »</translation>
    </message>
    <message>
        <source>“{words}” marked as a name</source>
        <translation>« {words} » marqué comme nom</translation>
    </message>
    <message>
        <source>A name: {kind}</source>
        <translation>Un nom : {kind}</translation>
    </message>
    <message>
        <source>A name of</source>
        <translation>Un nom de</translation>
    </message>
    <message>
        <source>“{words}” is {name}</source>
        <translation>« {words} » est {name}</translation>
    </message>
    <message>
        <source>A &amp;date…</source>
        <translation>Une &amp;date…</translation>
    </message>
    <message>
        <source>“{words}” is the date {date}</source>
        <translation>« {words} » est la date {date}</translation>
    </message>
    <message>
        <source>Taken back: {change}</source>
        <translation>Annulée : {change}</translation>
    </message>
    <message>
        <source>Take back: {change}</source>
        <translation>Annuler : {change}</translation>
    </message>
</context>
<context>
    <name>CorrectionOps</name>
    <message>
        <source>Undone: {change}</source>
        <translation>Défait : {change}</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>this article</source>
        <translation>cet article</translation>
    </message>
    <message>
        <source>(no longer applies: its words are gone)</source>
        <translation>(ne s&apos;applique plus : ses mots ont disparu)</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>une organisation</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>un lieu</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>un autre nom</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>dated by you; the article said {said}</source>
        <translation>datée par vous ; l&apos;article disait {said}</translation>
    </message>
    <message>
        <source>kind changed by you; the extractor said {said}</source>
        <translation>type changé par vous ; l&apos;extracteur disait {said}</translation>
    </message>
    <message>
        <source>taken out by you</source>
        <translation>retiré par vous</translation>
    </message>
    <message>
        <source>names merged by you ({said})</source>
        <translation>noms fusionnés par vous ({said})</translation>
    </message>
    <message>
        <source>split off by you ({said})</source>
        <translation>séparé par vous ({said})</translation>
    </message>
    <message>
        <source>renamed by you; the extractor said {said}</source>
        <translation>renommé par vous ; l&apos;extracteur disait {said}</translation>
    </message>
    <message>
        <source>marked as a name by you</source>
        <translation>marqué comme nom par vous</translation>
    </message>
    <message>
        <source>age and roles set by you; the extractor said {said}</source>
        <translation>âge et fonctions définis par vous ; l&apos;extracteur disait {said}</translation>
    </message>
    <message>
        <source>value set by you; the extractor said {said}</source>
        <translation>valeur définie par vous ; l&apos;extracteur disait {said}</translation>
    </message>
    <message>
        <source>counted from another date by you; the extractor said {said}</source>
        <translation>comptée à partir d&apos;une autre date par vous ; l&apos;extracteur disait {said}</translation>
    </message>
    <message>
        <source>kept off the timeline by you</source>
        <translation>retiré de la chronologie par vous</translation>
    </message>
    <message>
        <source>put on the timeline by you</source>
        <translation>mis sur la chronologie par vous</translation>
    </message>
    <message>
        <source>marked as a date by you</source>
        <translation>marqué comme date par vous</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>corrected by you</source>
        <translation>corrigé par vous</translation>
    </message>
    <message>
        <source>the article is dated {date}</source>
        <translation>l&apos;article est daté du {date}</translation>
    </message>
    <message>
        <source>{subject} is {kind}</source>
        <translation>{subject} est {kind}</translation>
    </message>
    <message>
        <source>“{subject}” is {kind}</source>
        <translation>« {subject} » est {kind}</translation>
    </message>
    <message>
        <source>{subject} is not a name</source>
        <translation>{subject} n&apos;est pas un nom</translation>
    </message>
    <message>
        <source>{subject} is {other}</source>
        <translation>{subject} est {other}</translation>
    </message>
    <message>
        <source>{subject} is a name of its own</source>
        <translation>{subject} est un nom à part</translation>
    </message>
    <message>
        <source>{subject} is called {name}</source>
        <translation>{subject} s&apos;appelle {name}</translation>
    </message>
    <message>
        <source>{subject}: {person}</source>
        <translation>{subject} : {person}</translation>
    </message>
    <message>
        <source>“{subject}” is {date}</source>
        <translation>« {subject} » : {date}</translation>
    </message>
    <message>
        <source>“{subject}” counts from “{other}”</source>
        <translation>« {subject} » compte à partir de « {other} »</translation>
    </message>
    <message>
        <source>“{subject}” is not a date</source>
        <translation>« {subject} » n&apos;est pas une date</translation>
    </message>
    <message>
        <source>“{subject}” is kept off the timeline</source>
        <translation>« {subject} » est hors de la chronologie</translation>
    </message>
    <message>
        <source>“{subject}” is put on the timeline</source>
        <translation>« {subject} » est sur la chronologie</translation>
    </message>
    <message>
        <source>“{subject}” is the date {date}</source>
        <translation>« {subject} » est la date {date}</translation>
    </message>
    <message>
        <source>(every article)</source>
        <translation>(tous les articles)</translation>
    </message>
    <message>
        <source>no age</source>
        <translation>pas d&apos;âge</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>roles: {roles}</source>
        <translation>fonctions : {roles}</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>No corrections yet. Right-click a name or a date to correct it.</source>
        <translation>Aucune correction pour l&apos;instant. Faites un clic droit sur un nom ou une date pour le corriger.</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Annuler la correction</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Jour et heure</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactement</translation>
    </message>
    <message>
        <source>at the start of</source>
        <translation>au début de</translation>
    </message>
    <message>
        <source>in the middle of</source>
        <translation>au milieu de</translation>
    </message>
    <message>
        <source>at the end of</source>
        <translation>à la fin de</translation>
    </message>
    <message>
        <source>about</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>not a date (check the day)</source>
        <translation>pas une date (vérifiez le jour)</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>from an earlier date</source>
        <translation>à partir d&apos;une date antérieure</translation>
    </message>
    <message>
        <source>from “{quote}” earlier in the text</source>
        <translation>à partir de « {quote} », plus haut dans le texte</translation>
    </message>
    <message>
        <source>from the article&apos;s date ({date})</source>
        <translation>à partir de la date de l&apos;article ({date})</translation>
    </message>
    <message>
        <source>from the article&apos;s date</source>
        <translation>à partir de la date de l&apos;article</translation>
    </message>
    <message>
        <source>the text gives no more precision</source>
        <translation>le texte ne donne pas plus de précision</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind} : {name}</translation>
    </message>
    <message>
        <source>Also called {names}</source>
        <translation>Aussi appelé {names}</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Fonctions : {roles}</translation>
    </message>
    <message>
        <source>Duration: “{quote}”</source>
        <translation>Durée : « {quote} »</translation>
    </message>
    <message>
        <source>Repetition: “{quote}”</source>
        <translation>Répétition : « {quote} »</translation>
    </message>
    <message>
        <source>Date: “{quote}”</source>
        <translation>Date : « {quote} »</translation>
    </message>
    <message>
        <source>Means: every {words}</source>
        <translation>Signifie : chaque {words}</translation>
    </message>
    <message>
        <source>Means: {words}</source>
        <translation>Signifie : {words}</translation>
    </message>
    <message>
        <source>No calendar value</source>
        <translation>Pas de valeur calendaire</translation>
    </message>
    <message>
        <source>Written in full in the text</source>
        <translation>Écrite en entier dans le texte</translation>
    </message>
    <message>
        <source>Resolved {how}</source>
        <translation>Calculée {how}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Liseuse is already open</source>
        <translation>Liseuse est déjà ouverte</translation>
    </message>
    <message>
        <source>{reason}.

Switch to that window, or close it and start Liseuse again.</source>
        <translation>{reason}.

Passez à cette fenêtre, ou fermez-la et relancez Liseuse.</translation>
    </message>
    <message>
        <source>The library was damaged and has been restored</source>
        <translation>La bibliothèque était endommagée et a été restaurée</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm *.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Delete the articles in the trash for good?

Their highlights are kept, and come back if the same text is added again.</source>
        <translation>Supprimer définitivement les articles de la corbeille ?

Leurs surlignages sont conservés et reviennent si le même texte est ajouté à nouveau.</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Aussi appelé</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Also called {names}</source>
        <translation>Aussi appelé {names}</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Fonctions : {roles}</translation>
    </message>
</context>
<context>
    <name>EntitiesModel</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Age: %n years</source>
        <translation>
            <numerusform>Âge : %n an</numerusform>
            <numerusform>Âge : %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>{date} — written “{quote}”</source>
        <translation>{date} — écrit « {quote} »</translation>
    </message>
    <message>
        <source>Derived {how}</source>
        <translation>Déduite {how}</translation>
    </message>
    <message>
        <source>With {people}</source>
        <translation>Avec {people}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the article (names also find their aliases)</source>
        <translation>Rechercher dans l&apos;article (un nom trouve aussi ses alias)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>aucune occurrence</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>(%n by alias)</source>
        <translation>
            <numerusform>(%n par alias)</numerusform>
            <numerusform>(%n par alias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in passages set aside</source>
        <translation>
            <numerusform>%n de plus dans les passages mis de côté</numerusform>
            <numerusform>%n de plus dans les passages mis de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>show</source>
        <translation>afficher</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>W3C Web Annotation, JSON-LD (*.json)</source>
        <translation>W3C Web Annotation, JSON-LD (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Page HTML (*.html)</translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.json)</source>
        <translation>TimelineJS JSON (*.json)</translation>
    </message>
    <message>
        <source>TimelineJS JSON, one lane per person (*.json)</source>
        <translation>TimelineJS JSON, une ligne par personne (*.json)</translation>
    </message>
    <message>
        <source>CSV table, one lane per person (*.csv)</source>
        <translation>Tableau CSV, une ligne par personne (*.csv)</translation>
    </message>
    <message>
        <source>Highlights (W3C JSON-LD, Hypothesis) or corrections (*.json *.jsonld);;All files (*)</source>
        <translation>Surlignages (W3C JSON-LD, Hypothesis) ou corrections (*.json *.jsonld);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>HighlightOps</name>
    <message>
        <source>Highlight saved</source>
        <translation>Surlignage enregistré</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Surlignage retiré</translation>
    </message>
    <message>
        <source>Highlight restored</source>
        <translation>Surlignage rétabli</translation>
    </message>
    <message>
        <source>Highlight “{quote}”</source>
        <translation>Surligner « {quote} »</translation>
    </message>
    <message>
        <source>Recolour to {colour}</source>
        <translation>Passer en {colour}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Highlight deleted (Ctrl+Z brings it back)</source>
        <translation>Surlignage supprimé (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <source>Delete “{quote}”</source>
        <translation>Supprimer « {quote} »</translation>
    </message>
    <message>
        <source>Timeline exported to {path}</source>
        <translation>Chronologie exportée dans {path}</translation>
    </message>
    <message>
        <source>Highlights exported to {path}</source>
        <translation>Surlignages exportés dans {path}</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Rien n&apos;a été exporté</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{reason} — the list was read again from the store</source>
        <translation>{reason} — la liste a été relue depuis la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>%n highlights imported</source>
        <translation>
            <numerusform>%n surlignage importé</numerusform>
            <numerusform>%n surlignages importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in the text (listed apart)</source>
        <translation>
            <numerusform>%n introuvable dans le texte (listé à part)</numerusform>
            <numerusform>%n introuvables dans le texte (listés à part)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n laissé de côté</numerusform>
            <numerusform>%n laissés de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrections imported</source>
        <translation>
            <numerusform>%n correction importée</numerusform>
            <numerusform>%n corrections importées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Highlighting</name>
    <message>
        <source>Select a passage first, then press 1–8 to highlight it.</source>
        <translation>Sélectionnez d&apos;abord un passage, puis appuyez sur 1–8 pour le surligner.</translation>
    </message>
    <message>
        <source>Wait until the article is read: highlights need its stored text.</source>
        <translation>Attendez la fin de la lecture de l&apos;article : les surlignages ont besoin de son texte enregistré.</translation>
    </message>
    <message>
        <source>This passage is no longer in the text; its quote and note are kept.</source>
        <translation>Ce passage n&apos;est plus dans le texte ; sa citation et sa note sont conservées.</translation>
    </message>
    <message>
        <source>Export highlights</source>
        <translation>Exporter les surlignages</translation>
    </message>
    <message>
        <source>highlights</source>
        <translation>surlignages</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>chronologie</translation>
    </message>
    <message>
        <source>Open an article first: there is nothing to export yet.</source>
        <translation>Ouvrez d&apos;abord un article : il n&apos;y a encore rien à exporter.</translation>
    </message>
    <message>
        <source>Open an article first: imported highlights are placed in it.</source>
        <translation>Ouvrez d&apos;abord un article : les surlignages importés y sont placés.</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Surligner</translation>
    </message>
    <message>
        <source>Edit the note and tags</source>
        <translation>Modifier la note et les étiquettes</translation>
    </message>
    <message>
        <source>&amp;Recolour</source>
        <translation>&amp;Changer la couleur</translation>
    </message>
    <message>
        <source>&amp;Delete the highlight</source>
        <translation>&amp;Supprimer le surlignage</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>Autre nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>solid underline</source>
        <translation>souligné plein</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>souligné en tirets</translation>
    </message>
    <message>
        <source>dotted underline</source>
        <translation>souligné en pointillés</translation>
    </message>
    <message>
        <source>dash-dot underline</source>
        <translation>souligné en tirets et points</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>souligné ondulé</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Read it in {language}</source>
        <translation>Le lire en {language}</translation>
    </message>
</context>
<context>
    <name>LanguageOps</name>
    <message>
        <source>Read in {language}</source>
        <translation>Lu en {language}</translation>
    </message>
    <message>
        <source>Reading the article again in {language}…</source>
        <translation>Nouvelle lecture de l&apos;article en {language}…</translation>
    </message>
    <message>
        <source>The article is read in {language}</source>
        <translation>L&apos;article est lu en {language}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>{kind}: tinted, {underline}. Click to hide or show.</source>
        <translation>{kind} : teinté, {underline}. Cliquez pour masquer ou afficher.</translation>
    </message>
    <message>
        <source>{kind}: {underline} (untinted while the article has highlights: the colours behind the text are yours). Click to hide or show.</source>
        <translation>{kind} : {underline} (sans teinte tant que l&apos;article a des surlignages : les couleurs sous le texte sont les vôtres). Cliquez pour masquer ou afficher.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>son texte</translation>
    </message>
    <message>
        <source>a highlight</source>
        <translation>un surlignage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} articles</translation>
    </message>
    <message>
        <source>ambiguous: {names}?</source>
        <translation>ambigu : {names} ?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Aussi appelé</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <source>Roles (and when)</source>
        <translation>Fonctions (et quand)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>{count} articles: {first}, …</source>
        <translation>{count} articles : {first}, …</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Raconté par</translation>
    </message>
    <message>
        <source>As it tells it</source>
        <translation>Tel qu&apos;il le raconte</translation>
    </message>
</context>
<context>
    <name>LibraryLink</name>
    <message>
        <source>Choose articles in the library first.</source>
        <translation>Choisissez d&apos;abord des articles dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The chosen articles</source>
        <translation>Les articles choisis</translation>
    </message>
    <message>
        <source>Every article that mentions {name}</source>
        <translation>Tous les articles qui citent {name}</translation>
    </message>
    <message>
        <source>The latest {shown} of {total} articles naming {name}</source>
        <translation>Les {shown} derniers des {total} articles qui citent {name}</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>L&apos;histoire</translation>
    </message>
    <message>
        <source>Add every article of a folder</source>
        <translation>Ajouter tous les articles d&apos;un dossier</translation>
    </message>
    <message>
        <source>Export the highlights into a folder</source>
        <translation>Exporter les surlignages dans un dossier</translation>
    </message>
    <message>
        <source>Show a story&apos;s timeline first.</source>
        <translation>Affichez d&apos;abord la chronologie d&apos;une histoire.</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>chronologie</translation>
    </message>
    <message>
        <source>Export the story&apos;s timeline</source>
        <translation>Exporter la chronologie de l&apos;histoire</translation>
    </message>
</context>
<context>
    <name>LibraryOps</name>
    <message numerus="yes">
        <source>%n articles moved to the trash</source>
        <translation>
            <numerusform>%n article mis à la corbeille</numerusform>
            <numerusform>%n articles mis à la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles taken out of the trash</source>
        <translation>
            <numerusform>%n article sorti de la corbeille</numerusform>
            <numerusform>%n articles sortis de la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles are being added: wait for them, or cancel.</source>
        <translation>Des articles sont en cours d&apos;ajout : attendez-les, ou annulez.</translation>
    </message>
    <message>
        <source>written: {path}</source>
        <translation>écrit : {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n files written in {folder}</source>
        <translation>
            <numerusform>%n fichier écrit dans {folder}</numerusform>
            <numerusform>%n fichiers écrits dans {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles deleted; highlights kept</source>
        <translation>
            <numerusform>%n article supprimé ; surlignages conservés</numerusform>
            <numerusform>%n articles supprimés ; surlignages conservés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>People across articles</source>
        <translation>Les personnes dans les articles</translation>
    </message>
    <message>
        <source>The story&apos;s timeline</source>
        <translation>La chronologie de l&apos;histoire</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Show the timeline</source>
        <translation>Afficher la chronologie</translation>
    </message>
    <message>
        <source>Show the people</source>
        <translation>Afficher les personnes</translation>
    </message>
    <message>
        <source>Show the annotations</source>
        <translation>Afficher les annotations</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <source>Select a passage, then a colour (keys 1–8)</source>
        <translation>Sélectionnez un passage, puis une couleur (touches 1–8)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading (Ctrl+.); the text stays, without marks</source>
        <translation>Arrêter la lecture (Ctrl+.) ; le texte reste, sans repères</translation>
    </message>
    <message>
        <source>Looking for dates…</source>
        <translation>Recherche des dates…</translation>
    </message>
    <message>
        <source>No dated event in this article.</source>
        <translation>Aucun événement daté dans cet article.</translation>
    </message>
    <message numerus="yes">
        <source>%n names</source>
        <translation>
            <numerusform>%n nom</numerusform>
            <numerusform>%n noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>About Liseuse</source>
        <translation>À propos de Liseuse</translation>
    </message>
    <message>
        <source>Liseuse shows who did what, when, in a news article — offline, from one reading.</source>
        <translation>Liseuse montre qui a fait quoi, et quand, dans un article de presse — hors ligne, en une seule lecture.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Surlignage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ModelProcess</name>
    <message>
        <source>the extraction process stopped unexpectedly (exit code {code})</source>
        <translation>le processus d&apos;extraction s&apos;est arrêté de façon inattendue (code de sortie {code})</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>A note (Markdown)… Ctrl+Enter saves</source>
        <translation>Une note (Markdown)… Ctrl+Entrée enregistre</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Enregistré ✓</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <source>Open a web page</source>
        <translation>Ouvrir une page web</translation>
    </message>
    <message>
        <source>Address of the article:</source>
        <translation>Adresse de l&apos;article :</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Everyone and everything</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Search names and aliases</source>
        <translation>Chercher des noms et des alias</translation>
    </message>
    <message>
        <source>No name was looked for: no spaCy model for {language} is installed (the dates were found). Install one with this command, then open the article again:</source>
        <translation>Aucun nom n&apos;a été cherché : aucun modèle spaCy pour l&apos;{language} n&apos;est installé (les dates ont été trouvées). Installez-en un avec cette commande, puis rouvrez l&apos;article :</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Filter people by name or alias</source>
        <translation>Filtrer les personnes par nom ou alias</translation>
    </message>
    <message>
        <source>Timeline of this person</source>
        <translation>Chronologie de cette personne</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>{name}: age and roles</source>
        <translation>{name} : âge et fonctions</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>roles, separated by &apos;;&apos;</source>
        <translation>fonctions, séparées par « ; »</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Fonctions</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The system&apos;s language ({name})</source>
        <translation>La langue du système ({name})</translation>
    </message>
    <message>
        <source>Liseuse speaks the new language from its next start.</source>
        <translation>Liseuse parlera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Opening from the library…</source>
        <translation>Ouverture depuis la bibliothèque…</translation>
    </message>
    <message>
        <source>Opened from the library</source>
        <translation>Ouvert depuis la bibliothèque</translation>
    </message>
    <message>
        <source>Finding people, places and dates…</source>
        <translation>Recherche des personnes, des lieux et des dates…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>StoryTab</name>
    <message>
        <source>Choose articles in the library (or a person), then their timeline.</source>
        <translation>Choisissez des articles dans la bibliothèque (ou une personne), puis leur chronologie.</translation>
    </message>
    <message>
        <source>Export for TimelineJS…</source>
        <translation>Exporter pour TimelineJS…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>{title}: {events} from {articles}</source>
        <translation>{title} : {events} tirés de {articles}</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n told by several</source>
        <translation>
            <numerusform>%n raconté par plusieurs</numerusform>
            <numerusform>%n racontés par plusieurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>derived</source>
        <translation>déduite</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No dated event yet.</source>
        <translation>Pas encore d&apos;événement daté.</translation>
    </message>
    <message>
        <source>Events of {name} — {shown} of {total}</source>
        <translation>Événements de {name} — {shown} sur {total}</translation>
    </message>
    <message>
        <source>show all</source>
        <translation>tout afficher</translation>
    </message>
</context>
<context>
    <name>_Corrections</name>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Describe</name>
    <message numerus="yes">
        <source>Age: %n years</source>
        <translation>
            <numerusform>Âge : %n an</numerusform>
            <numerusform>Âge : %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions — click to follow them</source>
        <translation>
            <numerusform>%n mention — cliquez pour la suivre</numerusform>
            <numerusform>%n mentions — cliquez pour les suivre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Age of {name}: %n years</source>
        <translation>
            <numerusform>Âge de {name} : %n an</numerusform>
            <numerusform>Âge de {name} : %n ans</numerusform>
        </translation>
    </message>
</context>
</TS>
