"""People the French-speaking world names by one word: "Napoléon", "Molière", "Jaurès".

A one-word name the model reads as a person is kept as one only with support (a full name, a
title, a cue); the people of this list need none. They are figures of history, letters, the arts,
science and sport whom news and school books name alone. Words that as often name a place, a
thing or a common given name ("Washington", "Lincoln", "Pascal", "Colette") are left out: a
given name alone is a person by other rules, a place is not one. Read case-folded, without
accents (``given_names.folded``).
"""

from __future__ import annotations

from core.names.given_names import folded

_NAMES = """
napoleon charlemagne clovis vercingetorix cesar cleopatre neron robespierre danton marat
mirabeau talleyrand richelieu mazarin colbert louvois lafayette bonaparte petain clemenceau
jaures gambetta dreyfus zola balzac flaubert stendhal maupassant proust camus sartre
moliere racine voltaire rousseau montesquieu diderot montaigne rabelais ronsard baudelaire
rimbaud verlaine apollinaire mallarme aragon eluard prevert cocteau giono pagnol
platon aristote socrate homere eschyle sophocle euripide virgile ovide ciceron seneque
shakespeare cervantes goethe dante petrarque tolstoi dostoievski tchekhov pouchkine kafka
descartes spinoza kant hegel nietzsche marx engels freud darwin einstein newton galilee
copernic kepler pasteur lavoisier ampere curie
mozart beethoven bach haendel vivaldi chopin liszt wagner verdi puccini debussy ravel berlioz
bizet satie offenbach schubert brahms tchaikovski stravinsky
rembrandt vermeer rubens michel-ange titien botticelli caravage velasquez goya
delacroix ingres courbet manet monet renoir degas cezanne gauguin seurat matisse picasso
braque chagall modigliani rodin dali magritte warhol
soulages hartung dubuffet kandinsky mondrian miro klimt schiele munch giacometti brancusi
rothko pollock messiaen poulenc gounod massenet rameau lully yourcenar malraux mauriac gide
peguy beckett ionesco lagrange cauchy poincare fourier saint-saens saint-exupery saint-simon
hitler staline lenine trotski mussolini churchill gandhi mandela mao lenin
zidane platini pele maradona
""".split()

FAMOUS_MONONYMS = frozenset(_NAMES)


def is_famous_mononym(word: str) -> bool:
    """Whether ``word`` is the one-word name of a famous person ("Molière", "Jaurès")."""
    return " " not in word and folded(word) in FAMOUS_MONONYMS
