/**
 * Dutch strong and irregular verbs: the infinitive, then the forms no spelling rule derives
 * (past singular, past plural, participle, irregular present forms). Written from the standard
 * lists of Dutch grammars (ANS, Van Dale's "sterke en onregelmatige werkwoorden"). Prefixed
 * and separable verbs are found through their base verb: `verslond` is `ver` + `slond`,
 * `ingekrompen` is `in` + `gekrompen` (irregular-verb-lemmas.ts).
 */
const TABLE = `
bakken gebakken
bannen gebannen
barsten gebarsten
bederven bedierf bedierven bedorven
bedriegen bedroog bedrogen
beginnen begon begonnen
bergen borg borgen geborgen
bevelen beval bevalen bevolen
bewegen bewoog bewogen
bezwijken bezweek bezweken
bidden bad baden gebeden
bieden bood boden geboden
bijten beet beten gebeten
binden bond bonden gebonden
blazen blies bliezen geblazen
blijken bleek bleken gebleken
blijven bleef bleven gebleven
blinken blonk blonken geblonken
braden gebraden
breken brak braken gebroken
brengen bracht brachten gebracht
brouwen gebrouwen
buigen boog bogen gebogen
denken dacht dachten gedacht
dingen dong dongen gedongen
doen deed deden gedaan doe doet
dragen droeg droegen gedragen
drijven dreef dreven gedreven
dringen drong drongen gedrongen
drinken dronk dronken gedronken
druipen droop dropen gedropen
duiken dook doken gedoken
dwingen dwong dwongen gedwongen
eten at aten gegeten
fluiten floot floten gefloten
gaan ging gingen gegaan ga gaat
gelden gold golden gegolden
genezen genas genazen
genieten genoot genoten
geven gaf gaven gegeven
gieten goot goten gegoten
glijden gleed gleden gegleden
glimmen glom glommen geglommen
graven groef groeven gegraven
grijpen greep grepen gegrepen
hangen hing hingen gehangen
hebben had hadden gehad heb hebt heeft
heffen hief hieven geheven
helpen hielp hielpen geholpen
hijsen hees hesen gehesen
houden hield hielden gehouden
houwen hieuw hieuwen gehouwen
jagen joeg joegen
kiezen koos kozen gekozen
kijken keek keken gekeken
klimmen klom klommen geklommen
klinken klonk klonken geklonken
knijpen kneep knepen geknepen
komen kwam kwamen gekomen
kopen kocht kochten gekocht
krijgen kreeg kregen gekregen
krimpen kromp krompen gekrompen
kruipen kroop kropen gekropen
kunnen kon konden gekund kan kun kunt
lachen gelachen
laden geladen
laten liet lieten gelaten
lezen las lazen gelezen
liegen loog logen gelogen
liggen lag lagen gelegen
lijden leed leden geleden
lijken leek leken geleken
lopen liep liepen gelopen
malen gemalen
melken molk molken gemolken
meten mat maten gemeten
mijden meed meden gemeden
mogen mocht mochten gemogen mag
nemen nam namen genomen
prijzen prees prezen geprezen
raden geraden
rijden reed reden gereden
rijzen rees rezen gerezen
roepen riep riepen geroepen
ruiken rook roken geroken
scheiden gescheiden
schelden schold scholden gescholden
schenden schond schonden geschonden
schenken schonk schonken geschonken
scheppen schiep schiepen geschapen
scheren schoor schoren geschoren
schieten schoot schoten geschoten
schijnen scheen schenen geschenen
schrijden schreed schreden geschreden
schrijven schreef schreven geschreven
schrikken schrok schrokken geschrokken
schuiven schoof schoven geschoven
slaan sloeg sloegen geslagen sla slaat
slapen sliep sliepen geslapen
slijpen sleep slepen geslepen
slijten sleet sleten gesleten
sluipen sloop slopen geslopen
sluiten sloot sloten gesloten
smelten smolt smolten gesmolten
smijten smeet smeten gesmeten
snijden sneed sneden gesneden
spannen gespannen
spijten speet speten gespeten
spinnen spon sponnen gesponnen
splijten spleet spleten gespleten
spreken sprak spraken gesproken
springen sprong sprongen gesprongen
spruiten sproot sproten gesproten
spuiten spoot spoten gespoten
staan stond stonden gestaan sta staat
steken stak staken gestoken
stelen stal stalen gestolen
sterven stierf stierven gestorven
stijgen steeg stegen gestegen
stinken stonk stonken gestonken
strijden streed streden gestreden
strijken streek streken gestreken
treden trad traden getreden
treffen trof troffen getroffen
trekken trok trokken getrokken
vallen viel vielen gevallen
vangen ving vingen gevangen
varen voer voeren gevaren
vechten vocht vochten gevochten
verdwijnen verdween verdwenen
vergeten vergat vergaten
verliezen verloor verloren
verschuilen verschool verscholen
verslinden verslond verslonden
vinden vond vonden gevonden
vlechten vlocht vlochten gevlochten
vliegen vloog vlogen gevlogen
vouwen gevouwen
vragen vroeg vroegen
vreten vrat vraten gevreten
vriezen vroor vroren gevroren
wassen gewassen
wegen woog wogen gewogen
werpen wierp wierpen geworpen
werven wierf wierven geworven
weten wist wisten geweten weet
wijken week weken geweken
wijzen wees wezen gewezen
willen wou gewild wil wilt
winden wond wonden gewonden
winnen won wonnen gewonnen
worden werd werden geworden word wordt
wreken gewroken
wrijven wreef wreven gewreven
zeggen zei zeiden gezegd zegt
zenden zond zonden gezonden
zien zag zagen gezien zie ziet
zijn was waren geweest ben bent is
zingen zong zongen gezongen
zinken zonk zonken gezonken
zinnen zon zonnen gezonnen
zitten zat zaten gezeten
zoeken zocht zochten gezocht
zuigen zoog zogen gezogen
zuipen zoop zopen gezopen
zullen zou zouden zal zult
zwellen zwol zwollen gezwollen
zwemmen zwom zwommen gezwommen
zweren zwoer zwoeren gezworen
zwerven zwierf zwierven gezworven
zwijgen zweeg zwegen gezwegen
`;

const LINES = TABLE.trim().split('\n').map((line) => line.trim().split(/\s+/u) as [string, ...string[]]);
const GE = 'ge';

/** Irregular form -> infinitive (the first verb listed wins a shared form). */
export const IRREGULAR_VERB_FORMS: ReadonlyMap<string, string> = new Map(
  LINES.flatMap(([infinitive, ...forms]) => forms.map((form) => [form, infinitive] as const)).reverse(),
);

/** A participle without its `ge`, for verbs with an unstressed prefix: be-wezen, ver-broken. */
export const IRREGULAR_PARTICIPLE_STEMS: ReadonlyMap<string, string> = new Map(
  LINES.flatMap(([infinitive, ...forms]) => forms.filter((form) => form.startsWith(GE) && form.length > GE.length + 2).map((form) => [form.slice(GE.length), infinitive] as const)).reverse(),
);

/**
 * What a form of the table is: the last of three forms, or one with `ge`, is the participle
 * (`gebakken`, `bedorven`); the others are past tenses (`bedierf`, `bedierven`).
 */
const FORM_KINDS: ReadonlyMap<string, 'past' | 'participle'> = new Map(
  LINES.flatMap(([, ...forms]) =>
    forms.map((form, i) => [form, form.startsWith(GE) || (forms.length === 3 && i === 2) ? 'participle' : 'past'] as const),
  ),
);

/** Whether a lower-cased form is a past tense or participle of a strong or irregular verb. */
export function irregularVerbForm(form: string): 'past' | 'participle' | undefined {
  return FORM_KINDS.get(form);
}
