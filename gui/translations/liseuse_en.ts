<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Show people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;folder to the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add articles from a&amp;ddresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export highlights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in the article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next / next mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;previous / previous mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear the chosen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight in {colour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the selection in {colour} ({key}), or recolour it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People across a&amp;rticles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;story&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passages set &amp;aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline of the chosen articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract the chosen articles &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract e&amp;very article again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chosen articles&apos; &amp;highlights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the story&apos;s time&amp;line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel adding articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Liseuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressesDialog</name>
    <message>
        <source>Add articles from their addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address (or file path) per line:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved: the text changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage and press 1–8 (or right-click) to highlight it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {colour} highlights (key {key} highlights in {colour})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the text ({count}) — kept, shown here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cancelled: the text is shown without marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing is off: {why}. Highlights and corrections cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s date is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is dated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Liseuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {source}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleDateDialog</name>
    <message>
        <source>The article&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative dates in the article (“two months later”, “on Tuesday”) are read from this date. Ctrl+Z puts the previous one back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <source>Published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown — choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading again in {language}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative dates (“two months later”, “on Tuesday”) are read from the article&apos;s date; names are found by the language model of its language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the date or the language to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated by you; the article said: {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>Open an article with File ▸ Open (Ctrl+O) or File ▸ Open URL (Ctrl+L), or drop a file here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Boilerplate and repeated passages are folded out of the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passages set aside</source>
        <translation>
            <numerusform>%n passage set aside</numerusform>
            <numerusform>%n passages set aside</numerusform>
        </translation>
    </message>
    <message>
        <source>hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlesTab</name>
    <message>
        <source>Search every article&apos;s text and highlights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (a number: at least that many)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop adding: the articles done so far stay in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {articles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n articles…</source>
        <translation>
            <numerusform>Adding %n article…</numerusform>
            <numerusform>Adding %n articles…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The periodic backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Correcting</name>
    <message>
        <source>Correct the &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark the selection as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never a name (every article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a name of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”: {kind} in every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” merged into “{other}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name for “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” renamed “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: age and roles set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}” kept off the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;off the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}” put on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put &amp;on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}” is {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}” counts from “{other}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{words}” marked as a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{words}” is {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{words}” is the date {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back: {change}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionOps</name>
    <message>
        <source>Undone: {change}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer applies: its words are gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated by you; the article said {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind changed by you; the extractor said {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken out by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names merged by you ({said})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split off by you ({said})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed by you; the extractor said {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as a name by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age and roles set by you; the extractor said {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value set by you; the extractor said {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted from another date by you; the extractor said {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept off the timeline by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put on the timeline by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as a date by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is dated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” is {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is a name of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” is {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” counts from “{other}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” is kept off the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” is put on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” is the date {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No corrections yet. Right-click a name or a date to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the start of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the middle of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the end of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (check the day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>from an earlier date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from “{quote}” earlier in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the article&apos;s date ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the article&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text gives no more precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means: every {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in full in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved {how}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liseuse is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}.

Switch to that window, or close it and start Liseuse again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was damaged and has been restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the articles in the trash for good?

Their highlights are kept, and come back if the same text is added again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitiesModel</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
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
            <numerusform>Age: %n year</numerusform>
            <numerusform>Age: %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>{date} — written “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {people}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the article (names also find their aliases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n by alias)</source>
        <translation>
            <numerusform>(%n by alias)</numerusform>
            <numerusform>(%n by alias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in passages set aside</source>
        <translation>
            <numerusform>%n more in passages set aside</numerusform>
            <numerusform>%n more in passages set aside</numerusform>
        </translation>
    </message>
    <message>
        <source>show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation, JSON-LD (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS JSON, one lane per person (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table, one lane per person (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights (W3C JSON-LD, Hypothesis) or corrections (*.json *.jsonld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightOps</name>
    <message>
        <source>Highlight saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour to {colour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight deleted (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} — the list was read again from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n highlights imported</source>
        <translation>
            <numerusform>%n highlight imported</numerusform>
            <numerusform>%n highlights imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n already here</numerusform>
            <numerusform>%n already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in the text (listed apart)</source>
        <translation>
            <numerusform>%n not found in the text (listed apart)</numerusform>
            <numerusform>%n not found in the text (listed apart)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrections imported</source>
        <translation>
            <numerusform>%n correction imported</numerusform>
            <numerusform>%n corrections imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Highlighting</name>
    <message>
        <source>Select a passage first, then press 1–8 to highlight it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the article is read: highlights need its stored text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage is no longer in the text; its quote and note are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first: there is nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first: imported highlights are placed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recolour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dash-dot underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Read it in {language}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageOps</name>
    <message>
        <source>Read in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the article again in {language}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is read in {language}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>{kind}: tinted, {underline}. Click to hide or show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {underline} (untinted while the article has highlights: the colours behind the text are yours). Click to hide or show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous: {names}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles (and when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} articles: {first}, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it tells it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryLink</name>
    <message>
        <source>Choose articles in the library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every article that mentions {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest {shown} of {total} articles naming {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every article of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the highlights into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a story&apos;s timeline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the story&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryOps</name>
    <message numerus="yes">
        <source>%n articles moved to the trash</source>
        <translation>
            <numerusform>%n article moved to the trash</numerusform>
            <numerusform>%n articles moved to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles taken out of the trash</source>
        <translation>
            <numerusform>%n article taken out of the trash</numerusform>
            <numerusform>%n articles taken out of the trash</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles are being added: wait for them, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files written in {folder}</source>
        <translation>
            <numerusform>%n file written in {folder}</numerusform>
            <numerusform>%n files written in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles deleted; highlights kept</source>
        <translation>
            <numerusform>%n article deleted; highlights kept</numerusform>
            <numerusform>%n articles deleted; highlights kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People across articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage, then a colour (keys 1–8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading (Ctrl+.); the text stays, without marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated event in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n names</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>About Liseuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liseuse shows who did what, when, in a news article — offline, from one reading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelProcess</name>
    <message>
        <source>the extraction process stopped unexpectedly (exit code {code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (Markdown)… Ctrl+Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <source>Open a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the article:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone and everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name was looked for: no spaCy model for {language} is installed (the dates were found). Install one with this command, then open the article again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Filter people by name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>{name}: age and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles, separated by &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liseuse speaks the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening from the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding people, places and dates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryTab</name>
    <message>
        <source>Choose articles in the library (or a person), then their timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for TimelineJS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {events} from {articles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
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
            <numerusform>%n told by several</numerusform>
            <numerusform>%n told by several</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No dated event yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of {name} — {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Corrections</name>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Describe</name>
    <message numerus="yes">
        <source>Age: %n years</source>
        <translation>
            <numerusform>Age: %n year</numerusform>
            <numerusform>Age: %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions — click to follow them</source>
        <translation>
            <numerusform>%n mention — click to follow it</numerusform>
            <numerusform>%n mentions — click to follow them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Age of {name}: %n years</source>
        <translation>
            <numerusform>Age of {name}: %n year</numerusform>
            <numerusform>Age of {name}: %n years</numerusform>
        </translation>
    </message>
</context>
</TS>
