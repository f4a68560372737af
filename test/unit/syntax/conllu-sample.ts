/**
 * A small CoNLL-U file, hand-made from seed sentences, with what a treebank may hold besides
 * plain words: document and paragraph comments, an empty node (elliptical "gaat", as Alpino
 * writes them with CopiedFrom) and a multiword-token line (UD Dutch has none; other languages
 * do, and `kroniek parse` must pass them through).
 */
export const CONLLU_SAMPLE = `# newdoc id = seed-004
# newpar
# sent_id = 004-1
# text = Ik zie dat Poetin hem steunt.
1	Ik	ik	PRON	VNW|pers|pron|nomin|vol|1|ev	Case=Nom|Person=1|PronType=Prs	2	nsubj	2:nsubj	_
2	zie	zien	VERB	WW|pv|tgw|ev	Number=Sing|Tense=Pres|VerbForm=Fin	0	root	0:root	_
3	dat	dat	SCONJ	VG|onder	_	6	mark	6:mark	_
4	Poetin	Poetin	PROPN	SPEC|deeleigen	_	6	nsubj	6:nsubj	_
5	hem	hem	PRON	VNW|pers|pron|obl|vol|3|ev|masc	Case=Acc|Person=3|PronType=Prs	6	obj	6:obj	_
6	steunt	steunen	VERB	WW|pv|tgw|met-t	Number=Sing|Tense=Pres|VerbForm=Fin	2	ccomp	2:ccomp	SpaceAfter=No
7	.	.	PUNCT	LET	_	2	punct	2:punct	_

# sent_id = 004-2
# text = Loekasjenko gaat naar Moskou en zijn ministers naar Sotsji.
1	Loekasjenko	Loekasjenko	PROPN	SPEC|deeleigen	_	2	nsubj	2:nsubj	_
2	gaat	gaan	VERB	WW|pv|tgw|met-t	Number=Sing|Tense=Pres|VerbForm=Fin	0	root	0:root	_
3	naar	naar	ADP	VZ|init	_	4	case	4:case	_
4	Moskou	Moskou	PROPN	SPEC|deeleigen	_	2	obl	2:obl:naar	_
5	en	en	CCONJ	VG|neven	_	7	cc	8.1:cc	_
6	zijn	zijn	PRON	VNW|bez|det|stan|vol|3|ev|prenom|zonder|agr	Person=3|Poss=Yes|PronType=Prs	7	nmod:poss	7:nmod:poss	_
7	ministers	minister	NOUN	N|soort|mv|basis	Number=Plur	2	conj	8.1:nsubj	_
8.1	gaat	gaan	VERB	WW|pv|tgw|met-t	_	_	_	2:conj	CopiedFrom=2
8	naar	naar	ADP	VZ|init	_	9	case	9:case	_
9	Sotsji	Sotsji	PROPN	SPEC|deeleigen	_	7	orphan	8.1:obl:naar	SpaceAfter=No
10	.	.	PUNCT	LET	_	2	punct	2:punct	_

# newpar
# sent_id = 001-3
# text = Hij zei zo'n dertig keer nee.
1	Hij	hij	PRON	VNW|pers|pron|nomin|vol|3|ev|masc	Case=Nom|Person=3|PronType=Prs	2	nsubj	2:nsubj	_
2	zei	zeggen	VERB	WW|pv|verl|ev	Number=Sing|Tense=Past|VerbForm=Fin	0	root	0:root	_
3-4	zo'n	_	_	_	_	_	_	_	_
3	zo	zo	ADV	BW	_	5	advmod	5:advmod	_
4	'n	een	DET	LID|onbep|stan|agr	Definite=Ind	5	det	5:det	_
5	dertig	dertig	NUM	TW|hoofd|prenom|stan	NumType=Card	6	nummod	6:nummod	_
6	keer	keer	NOUN	N|soort|ev|basis|zijd|stan	Gender=Com|Number=Sing	2	obl	2:obl	_
7	nee	nee	INTJ	TSW	_	2	obj	2:obj	SpaceAfter=No
8	.	.	PUNCT	LET	_	2	punct	2:punct	_

`;
